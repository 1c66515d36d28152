package handlingevents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func myClick4(self *jp.Element, msg *jp.Msg) error {
	self.Text = "I was clicked"
	self.SetClass("bg-blue-500")
	return nil
}

func myMouseenter(self *jp.Element, msg *jp.Msg) error {
	self.Text = "Mouse entered"
	self.SetClass("bg-red-500")
	return nil
}

func myMouseleave(self *jp.Element, msg *jp.Msg) error {
	self.Text = "Mouse left"
	self.SetClass("bg-teal-500")
	return nil
}

func eventDemo4(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Div(jp.Text("Not clicked yet"), jp.In(wp), jp.Classes("w-64 text-2xl m-2 p-2 bg-blue-500 text-white"),
		jp.On("click", myClick4), jp.On("mouseenter", myMouseenter), jp.On("mouseleave", myMouseleave))
	return wp
}

// EventDemo4 is JustPy's event_demo4 (tutorial: handling events),
// ported to JustGo: one div with handlers for click, mouseenter and
// mouseleave.
var EventDemo4 = catalog.Example{Name: "event_demo4", Doc: "One div with handlers for click, mouseenter and mouseleave", Source: "event_demo4.go", App: catalog.Page(eventDemo4)}
