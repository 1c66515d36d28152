package input

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func myInput3(div *jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		div.Text = self.Value
		return nil
	}
}

func inputDemo4(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	in1 := jp.Input(jp.Type("number"), jp.In(wp), jp.Classes(inputClasses), jp.Placeholder("Please type here"))
	div := jp.Div(jp.Text("What you type will show up here"), jp.Classes(pClasses), jp.In(wp))
	in1.On("input", myInput3(div))
	return wp
}

// InputDemo4 is JustPy's input_demo4: input_demo2 with a number input.
var InputDemo4 = catalog.Example{Name: "input_demo4", Doc: "Input_demo2 with a number input: the number typed shows below", Source: "input_demo4.go", App: catalog.Page(inputDemo4)}
