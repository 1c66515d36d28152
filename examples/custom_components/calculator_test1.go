package customcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func calculatorTest1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for range 10 {
		NewCalculator(jp.In(wp), jp.Classes("m-1 border inline-block"), jp.Style("width: 250px"))
	}
	return wp
}

// CalculatorTest1 is JustPy's calculator_test1: ten calculators, each of
// its own.
var CalculatorTest1 = catalog.Example{Name: "calculator_test1", Doc: "Ten Calculator components, each working on its own", Source: "calculator_test1.go", App: catalog.Page(calculatorTest1)}
