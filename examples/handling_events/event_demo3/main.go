// Command event_demo3 is JustPy's event_demo3 (tutorial: handling_events),
// ported to JustGo: a click whose msg carries the mouse event's screenX,
// pageY, altKey… which the handler prints.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/handling_events"
)

func main() { jp.Run(handlingevents.EventDemo3.App) }
