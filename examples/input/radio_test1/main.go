// Command radio_test1 is JustPy's radio_test1 (tutorial: input), ported to
// JustGo: two groups of radio buttons; choosing one unchecks the others of
// its group only.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/input"
)

func main() { jp.Run(input.RadioTest1.App) }
