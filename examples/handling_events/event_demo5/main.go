// Command event_demo5 is JustPy's event_demo5 (tutorial: Handling Events),
// ported to JustGo: 25 buttons with one handler: each counts its clicks, says
// so, and turns red.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/handling_events"
)

func main() { jp.Run(handlingevents.EventDemo5.App) }
