// Command event_demo1 is JustPy's event_demo1 (tutorial: handling events),
// ported to JustGo: a div that says so when it is clicked.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/handling_events"
)

func main() { jp.Run(handlingevents.EventDemo1.App) }
