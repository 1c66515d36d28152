// Command input_demo1 is JustPy's input_demo1 (tutorial: Input), ported to
// JustGo: a text input with a placeholder, styled with Tailwind.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/input"
)

func main() { jp.Run(input.InputDemo1.App) }
