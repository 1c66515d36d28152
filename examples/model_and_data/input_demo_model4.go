package modelanddata

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func resetAll(self *jp.Element, msg *jp.Msg) error {
	msg.Page.State["text"] = ""
	return nil
}

func inputDemoModel4(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.State = jp.State{"text": "Initial text"}
	buttonClasses := "w-32 m-2 bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 rounded"
	jp.Button(jp.Text("Reset"), jp.On("click", resetAll), jp.In(wp), jp.Classes(buttonClasses))
	jp.Hr(jp.In(wp)) // Add horizontal like to page
	for range 5 {
		jp.Input(jp.In(wp), jp.Classes(modelInputClasses), jp.Placeholder("Please type here"), jp.Model(wp, "text"))
	}
	for range 3 {
		jp.Div(jp.Model(wp, "text"), jp.Classes(modelDivClasses), jp.In(wp))
	}
	return wp
}

// InputDemoModel4 is JustPy's input_demo_model4: input_demo_model3 with a
// Reset button whose handler empties the page's data, and so every input
// and div.
var InputDemoModel4 = catalog.Example{Name: "input_demo_model4", Doc: "Input_demo_model3 with a Reset button that empties the data, and so every input and div", Source: "input_demo_model4.go", App: catalog.Page(inputDemoModel4)}
