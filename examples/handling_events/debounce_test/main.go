// Command debounce_test is JustPy's debounce_test (tutorial: handling
// events), ported to JustGo: mouse moves are throttled to one a second,
// and a burst of clicks is debounced to one, two seconds after the last.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/handling_events"
)

func main() { jp.Run(handlingevents.DebounceTest.App) }
