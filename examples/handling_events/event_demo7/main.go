// Command event_demo7 is JustPy's event_demo7 (tutorial: Handling Events),
// ported to JustGo: event_demo6 with a scrolling log of the clicks, the
// latest on top.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/handling_events"
)

func main() { jp.Run(handlingevents.EventDemo7.App) }
