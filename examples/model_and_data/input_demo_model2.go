package modelanddata

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func inputDemoModel2(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.State = jp.State{"text": "Initial text"}
	jp.Input(jp.In(wp), jp.Classes(modelInputClasses), jp.Placeholder("Please type here"), jp.Model(wp, "text"))
	for range 3 {
		jp.Div(jp.Model(wp, "text"), jp.Classes(modelDivClasses), jp.In(wp))
	}
	return wp
}

// InputDemoModel2 is JustPy's input_demo_model2: three divs bound to one
// input.
var InputDemoModel2 = catalog.Example{Name: "input_demo_model2", Doc: "Three divs bound to the value one input changes", Source: "input_demo_model2.go", App: catalog.Page(inputDemoModel2)}
