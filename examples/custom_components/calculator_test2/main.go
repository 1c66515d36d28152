// Command calculator_test2 is JustPy's calculator_test2 (tutorial: Custom
// Components), ported to JustGo: a Calculator with a change event of its own;
// its handler shows the value below.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.CalculatorTest2.App) }
