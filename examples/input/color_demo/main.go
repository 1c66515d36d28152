// Command color_demo is JustPy's color_demo (tutorial: Input), ported to
// JustGo: a colour input; the text below it takes the colour chosen and names
// it.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/input"
)

func main() { jp.Run(input.ColorDemo.App) }
