// Command out_test is JustPy's out_test (tutorial: handling events), ported
// to JustGo: four divs, each told of clicks inside it (click) and outside
// it (click__out).
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/handling_events"
)

func main() { jp.Run(handlingevents.OutTest.App) }
