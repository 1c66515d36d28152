// Command check_test is JustPy's check_test (tutorial: input), ported to
// JustGo: a checkbox and a text input bound to one value of the page's
// data, so that they stay in step.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/input"
)

func main() { jp.Run(input.CheckTest.App) }
