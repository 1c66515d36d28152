package handlingevents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func myClick1(self *jp.Element, msg *jp.Msg) error {
	self.Text = "I was clicked"
	return nil
}

func eventDemo1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Text("Not clicked yet"), jp.In(wp), jp.Classes("w-48 text-xl m-2 p-1 bg-blue-500 text-white"))
	d.On("click", myClick1)
	return wp
}

// EventDemo1 is JustPy's event_demo1 (tutorial: handling events),
// ported to JustGo: a div that says so when it is clicked.
var EventDemo1 = catalog.Example{Name: "event_demo1", Doc: "A div that says so when it is clicked", Source: "event_demo1.go", App: catalog.Page(eventDemo1)}
