package modelanddata

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func inputDemoModel3(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.State = jp.State{"text": "Initial text"}
	for range 5 {
		jp.Input(jp.In(wp), jp.Classes(modelInputClasses), jp.Placeholder("Please type here"), jp.Model(wp, "text"))
	}
	for range 3 {
		jp.Div(jp.Model(wp, "text"), jp.Classes(modelDivClasses), jp.In(wp))
	}
	return wp
}

// InputDemoModel3 is JustPy's input_demo_model3: five inputs and three
// divs on one value; typing into any input changes all the others.
var InputDemoModel3 = catalog.Example{Name: "input_demo_model3", Doc: "Five inputs and three divs bound to one value: typing into any changes them all", Source: "input_demo_model3.go", App: catalog.Page(inputDemoModel3)}
