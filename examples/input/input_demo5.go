package input

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// InputWithDiv is a div holding an input and a div that echoes it.
type InputWithDiv struct {
	*jp.Element
	in1 *jp.Element
	div *jp.Element
}

func (d *InputWithDiv) inputHandler(self *jp.Element, msg *jp.Msg) error {
	d.div.Text = self.Value
	return nil
}

// NewInputWithDiv makes an InputWithDiv; opts apply to the outer div.
func NewInputWithDiv(opts ...jp.Opt) *InputWithDiv {
	d := &InputWithDiv{}
	d.Element = jp.Make(d, "div", opts...)
	d.in1 = jp.Input(jp.In(d), jp.Classes(inputClasses), jp.Placeholder("Please type here"), jp.On("input", d.inputHandler))
	d.div = jp.Div(jp.Text("What you type will show up here"), jp.Classes("m-2 p-2 h-32 text-xl border-2"), jp.In(d))
	return d
}

func inputDemo5(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for range 10 {
		NewInputWithDiv(jp.In(wp))
	}
	return wp
}

// InputDemo5 is JustPy's input_demo5 (tutorial: input), ported to
// JustGo: InputWithDiv, a custom component made of an input and the div
// that shows what is typed into it, ten times on one page.
var InputDemo5 = catalog.Example{Name: "input_demo5", Doc: "InputWithDiv, a custom component made of an input and the div that shows what is typed into it, ten times on one page", Source: "input_demo5.go", App: catalog.Page(inputDemo5)}
