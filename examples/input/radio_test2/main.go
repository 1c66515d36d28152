// Command radio_test2 is JustPy's radio_test2 (tutorial: Input), ported to
// JustGo: radio_test1 that lists, after each change, which buttons of the
// group are checked.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/input"
)

func main() { jp.Run(input.RadioTest2.App) }
