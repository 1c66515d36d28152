// Command calculator_test3 is JustPy's calculator_test3 (tutorial: Custom
// Components), ported to JustGo: a Calculator that keeps its value in the
// page's data, shown by five divs bound to it.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.CalculatorTest3.App) }
