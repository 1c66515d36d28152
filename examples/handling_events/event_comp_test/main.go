// Command event_comp_test is JustPy's event_comp_test (tutorial: Handling
// Events), ported to JustGo: comp_test as the tutorial's text writes it, each
// div's handlers given on one line.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/handling_events"
)

func main() { jp.Run(handlingevents.EventCompTest.App) }
