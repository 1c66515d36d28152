// Command input_demo3 is JustPy's input_demo3 (tutorial: input), ported to
// JustGo: an InputChangeOnly tells the server its value only when it
// loses focus or Enter is pressed, not at each keystroke.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/input"
)

func main() { jp.Run(input.InputDemo3.App) }
