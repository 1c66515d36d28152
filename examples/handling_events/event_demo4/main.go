// Command event_demo4 is JustPy's event_demo4 (tutorial: handling events),
// ported to JustGo: one div with handlers for click, mouseenter and
// mouseleave.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/handling_events"
)

func main() { jp.Run(handlingevents.EventDemo4.App) }
