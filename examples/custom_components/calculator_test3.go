package customcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func calculatorTest3(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.State = jp.State{"value": 0}
	NewCalculator(jp.In(wp), jp.Classes("m-1 border inline-block"), jp.Style("width: 250px")).Bind(wp.State, "value")
	for range 5 {
		jp.Div(jp.Classes("border m-2 p-1 w-64 text-xl"), jp.Text("0"), jp.In(wp), jp.Model(wp, "value"))
	}
	return wp
}

// CalculatorTest3 is JustPy's calculator_test3: a calculator bound to the
// page's data, and five divs that show it.
var CalculatorTest3 = catalog.Example{Name: "calculator_test3", Doc: "A Calculator that keeps its value in the page's data, shown by five divs bound to it", Source: "calculator_test3.go", App: catalog.Page(calculatorTest3)}
