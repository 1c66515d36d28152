// Command event_demo2 is JustPy's event_demo2 (tutorial: Handling Events),
// ported to JustGo: a click handler that logs the msg it receives, its event
// type first.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/handling_events"
)

func main() { jp.Run(handlingevents.EventDemo2.App) }
