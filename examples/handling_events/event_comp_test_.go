package handlingevents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func eventCompTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Div(jp.Text("hello1"),
		jp.On("click", say("clicked")),
		jp.On("mouseenter", func(self *jp.Element, msg *jp.Msg) error {
			self.Text = "entered"
			self.SetClass("text-5xl")
			msg.Page.Add(jp.Div(jp.Text(fmt.Sprintf("%d Additional Div", len(msg.Page.Components())))))
			return nil
		}),
		jp.On("mouseleave", func(self *jp.Element, msg *jp.Msg) error {
			self.Text = "left"
			self.SetClass("text-xl")
			return nil
		}),
		jp.Classes("text-2xl border p-2 m-2"), jp.In(wp))
	jp.Div(jp.Text("hello2"), jp.On("click", say("clicked")), jp.On("mouseenter", say("entered")), jp.Classes("text-2xl border p-2 m-2"), jp.In(wp))
	jp.Div(jp.Text("hello3"), jp.On("click", say("clicked")), jp.On("mouseenter", say("entered")), jp.Classes("text-2xl border p-2 m-2"), jp.In(wp))
	return wp
}

// EventCompTest is JustPy's event_comp_test, comp_test as the tutorial's
// text writes it: each div's handlers on one line.
var EventCompTest = catalog.Example{Name: "event_comp_test", Doc: "Comp_test as the tutorial's text writes it, each div's handlers given on one line", Source: "event_comp_test_.go", App: catalog.Page(eventCompTest)}
