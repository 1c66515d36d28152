package input

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func myInput1(div *jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		div.Text = self.Value
		return nil
	}
}

func inputDemo2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	in1 := jp.Input(jp.In(wp), jp.Classes(inputClasses), jp.Placeholder("Please type here"))
	div := jp.Div(jp.Text("What you type will show up here"), jp.Classes(pClasses), jp.In(wp))
	in1.On("input", myInput1(div))
	return wp
}

// InputDemo2 is JustPy's input_demo2 (tutorial: input), ported to
// JustGo: what is typed into the input shows in the div below it, key by
// key.
var InputDemo2 = catalog.Example{Name: "input_demo2", Doc: "What is typed into the input shows in the div below it, key by key", Source: "input_demo2.go", App: catalog.Page(inputDemo2)}
