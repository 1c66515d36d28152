package modelanddata

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func inputDemoModel1(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.State = jp.State{"text": "Initial text"}
	jp.Input(jp.In(wp), jp.Classes(modelInputClasses), jp.Placeholder("Please type here"), jp.Model(wp, "text"))
	jp.Div(jp.Model(wp, "text"), jp.Classes(modelDivClasses), jp.In(wp))
	return wp
}

// InputDemoModel1 is JustPy's input_demo_model1: an input and a div bound
// to the page's data, with no handler.
var InputDemoModel1 = catalog.Example{Name: "input_demo_model1", Doc: "An input and a div bound to one value of the page's data: what is typed shows, with no handler", Source: "input_demo_model1.go", App: catalog.Page(inputDemoModel1)}
