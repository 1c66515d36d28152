package customcomponents

import (
	"log/slog"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func calculatorTest2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	c := NewCalculator(jp.In(wp), jp.Classes("m-1 border inline-block"), jp.Style("width: 250px"))
	d := jp.Div(jp.Classes("border m-2 p-1 w-64 text-xl"), jp.Text("0"), jp.In(wp))
	c.On("change", func(self *jp.Element, msg *jp.Msg) error { // calc_change
		slog.Info("In change", "value", msg.Value)
		d.Text = msg.Value
		return nil
	})
	return wp
}

// CalculatorTest2 is JustPy's calculator_test2: a calculator with a change
// event of its own, whose handler shows its value in a div.
var CalculatorTest2 = catalog.Example{Name: "calculator_test2", Doc: "A Calculator with a change event of its own; its handler shows the value below", Source: "calculator_test2.go", App: catalog.Page(calculatorTest2)}
