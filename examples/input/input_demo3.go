package input

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func myInput2(div *jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		div.Text = self.Value
		return nil
	}
}

func inputDemo3(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	in1 := jp.InputChangeOnly(jp.In(wp), jp.Classes(inputClasses), jp.Placeholder("Please type here"))
	div := jp.Div(jp.Text("What you type will show up here only when Input element loses focus or you press Enter"),
		jp.Classes(pClasses), jp.In(wp))
	in1.On("input", myInput2(div))
	in1.On("change", myInput2(div))
	return wp
}

// InputDemo3 is JustPy's input_demo3 (tutorial: input), ported to
// JustGo: an InputChangeOnly tells the server its value only when it
// loses focus or Enter is pressed, not at each keystroke.
var InputDemo3 = catalog.Example{Name: "input_demo3", Doc: "An InputChangeOnly tells the server its value only when it loses focus or Enter is pressed, not at each keystroke", Source: "input_demo3.go", App: catalog.Page(inputDemo3)}
