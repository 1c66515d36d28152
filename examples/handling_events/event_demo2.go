package handlingevents

import (
	"log/slog"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func myClick2(self *jp.Element, msg *jp.Msg) error {
	self.Text = "I was clicked"
	slog.Info("event", "event_type", msg.EventType)
	slog.Info("msg", "msg", msg)
	return nil
}

func eventDemo2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.P(jp.Text("Not clicked yet"), jp.In(wp), jp.Classes("text-xl m-2 p-2 bg-blue-500 text-white"))
	d.On("click", myClick2)
	return wp
}

// EventDemo2 is JustPy's event_demo2: event_demo1's handler also logs the
// msg it gets (JustPy prints it; msg['event_type'] is msg.EventType, a Go
// struct having no second way in).
var EventDemo2 = catalog.Example{Name: "event_demo2", Doc: "A click handler that logs the msg it receives, its event type first", Source: "event_demo2.go", App: catalog.Page(eventDemo2)}
