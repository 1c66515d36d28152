// Command after_demo is JustPy's after_demo (tutorial: Before and After
// Events), ported to JustGo: a click shows its notification; the after hook
// hides it with the next click's update.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/before_after_events"
)

func main() { jp.Run(beforeafterevents.AfterDemo.App) }
