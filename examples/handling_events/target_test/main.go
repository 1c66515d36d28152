// Command target_test is JustPy's target_test (tutorial: Handling Events),
// ported to JustGo: a component's method handles five buttons' clicks and
// tells them apart by msg.Target.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/handling_events"
)

func main() { jp.Run(handlingevents.TargetTest.App) }
