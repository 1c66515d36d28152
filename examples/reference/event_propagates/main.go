// Command event_propagates is JustPy's event_propagates (tutorial:
// Reference), ported to JustGo: a click on an inner div also reaches the main
// div around it.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.EventPropagates.App) }
