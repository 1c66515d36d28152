// Command input_demo5 is JustPy's input_demo5 (tutorial: input), ported to
// JustGo: InputWithDiv, a custom component made of an input and the div
// that shows what is typed into it, ten times on one page.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/input"
)

func main() { jp.Run(input.InputDemo5.App) }
