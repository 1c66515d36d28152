package customcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// PillButton is a button with the classes of a blue pill.
type PillButton struct{ *jp.Element }

// NewPillButton makes a PillButton.
func NewPillButton(opts ...jp.Opt) *PillButton {
	b := &PillButton{}
	b.Element = jp.Make(b, "button", opts...)
	b.SetClasses("bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 rounded-full")
	return b
}

// clicked is JustPy's click='self.text="I was clicked"'.
func clicked(self *jp.Element, msg *jp.Msg) error {
	self.Text = "I was clicked"
	return nil
}

func customCompTest1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for range 5 {
		NewPillButton(jp.Text("Pill Button"), jp.On("click", clicked), jp.In(wp), jp.Classes("m-2"))
	}
	return wp
}

// CustomCompTest1 is JustPy's custom_comp_test1: PillButton, a button type
// that sets its own classes.
var CustomCompTest1 = catalog.Example{Name: "custom_comp_test1", Doc: "PillButton, a button type that gives itself the classes of a pill", Source: "custom_comp_test1.go", App: catalog.Page(customCompTest1)}
