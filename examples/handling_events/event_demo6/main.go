// Command event_demo6 is JustPy's event_demo6 (tutorial: Handling Events),
// ported to JustGo: event_demo5 where only the last button clicked is red:
// the handler reaches every button.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/handling_events"
)

func main() { jp.Run(handlingevents.EventDemo6.App) }
