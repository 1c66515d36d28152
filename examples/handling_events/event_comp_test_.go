package handlingevents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func eventCompTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Div(jp.Text("hello1"),
		jp.On("click", say("clicked")),
		jp.On("mouseenter", enterAndAdd),
		jp.On("mouseleave", leave),
		jp.Classes("text-2xl border p-2 m-2"), jp.In(wp))
	jp.Div(jp.Text("hello2"), jp.On("click", say("clicked")), jp.On("mouseenter", say("entered")), jp.Classes("text-2xl border p-2 m-2"), jp.In(wp))
	jp.Div(jp.Text("hello3"), jp.On("click", say("clicked")), jp.On("mouseenter", say("entered")), jp.Classes("text-2xl border p-2 m-2"), jp.In(wp))
	return wp
}

// EventCompTest is JustPy's event_comp_test, comp_test as the tutorial's
// text writes it: each div's handlers on one line.
var EventCompTest = catalog.Example{Name: "event_comp_test", Doc: "Comp_test as the tutorial's text writes it, each div's handlers given on one line", Source: "event_comp_test_.go", App: catalog.Page(eventCompTest)}
