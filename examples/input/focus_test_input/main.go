// Command focus_test_input is JustPy's focus_test_input (tutorial: input),
// ported to JustGo: five fields; Enter moves the focus to the next, Escape
// empties the field.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/input"
)

func main() { jp.Run(input.FocusTestInput.App) }
