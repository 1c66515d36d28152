// Command input_demo4 is JustPy's input_demo4 (tutorial: Input), ported to
// JustGo: input_demo2 with a number input: the number typed shows below.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/input"
)

func main() { jp.Run(input.InputDemo4.App) }
