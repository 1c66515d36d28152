package handlingevents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// say is JustPy's handler given as a string, 'self.text="clicked"': Go has
// no eval, so a string of Python is a closure.
func say(text string) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		self.Text = text
		return nil
	}
}

// enterAndAdd and leave are the first div's mouseenter and mouseleave,
// JustPy's strings of Python: 'self.text="entered"; self.set_class("text-5xl");
// msg.page.add(Div(text=f"{len(msg.page)} Additional Div"))' and
// 'self.text="left"; self.set_class("text-xl")'.
func enterAndAdd(self *jp.Element, msg *jp.Msg) error {
	self.Text = "entered"
	self.SetClass("text-5xl")
	msg.Page.Add(jp.Div(jp.Text(fmt.Sprintf("%d Additional Div", len(msg.Page.Components())))))
	return nil
}

func leave(self *jp.Element, msg *jp.Msg) error {
	self.Text = "left"
	self.SetClass("text-xl")
	return nil
}

func compTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Div(
		jp.Text("hello1"),
		jp.On("click", say("clicked")),
		jp.On("mouseenter", enterAndAdd),
		jp.On("mouseleave", leave),
		jp.Classes("text-2xl border p-2 m-2"),
		jp.In(wp),
	)
	jp.Div(
		jp.Text("hello2"),
		jp.On("click", say("clicked")),
		jp.On("mouseenter", say("entered")),
		jp.Classes("text-2xl border p-2 m-2"),
		jp.In(wp),
	)
	jp.Div(
		jp.Text("hello3"),
		jp.On("click", say("clicked")),
		jp.On("mouseenter", say("entered")),
		jp.Classes("text-2xl border p-2 m-2"),
		jp.In(wp),
	)
	return wp
}

// CompTest is JustPy's comp_test (tutorial: handling events): handlers
// given when the element is made, JustPy's click= and mouseenter= keywords,
// which are jp.On options; the first div adds a div to the page each time
// the mouse enters it.
var CompTest = catalog.Example{Name: "comp_test", Doc: "Handlers given as the elements are made (jp.On options); entering the first div adds a div", Source: "comp_test_.go", App: catalog.Page(compTest)}
