// Command event_demo is JustPy's event_demo (reference), ported to JustGo:
// a click whose msg carries the mouse event's screenX, pageY, altKey…
// which the handler prints.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.EventDemo.App) }
