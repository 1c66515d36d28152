// Command input_test is JustPy's input_test (tutorial: custom components),
// ported to JustGo: inputs of a date and time, each with a date picker and
// a time picker that follow it and that it follows.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.InputTest.App) }
