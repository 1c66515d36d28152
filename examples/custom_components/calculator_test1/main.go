// Command calculator_test1 is JustPy's calculator_test1 (tutorial: Custom
// Components), ported to JustGo: ten Calculator components, each working on
// its own.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.CalculatorTest1.App) }
