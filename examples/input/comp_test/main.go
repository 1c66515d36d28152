// Command comp_test is JustPy's comp_test (tutorial: Input), ported to
// JustGo: a select of colours; the div below takes the colour chosen.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/input"
)

func main() { jp.Run(input.CompTest.App) }
