package demos

import (
	"fmt"
	"log/slog"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// ClickDemo is the demo's state: its count of clicks.
type ClickDemo struct {
	clickCount int
}

// onDivClick handles a click on the div.
func (c *ClickDemo) onDivClick(self *jp.Element, msg *jp.Msg) error {
	slog.Info("clickdemo", "event", msg.EventType, "target", msg.Target.Ref())
	c.clickCount++
	msg.Target.(*jp.Element).Text = fmt.Sprintf("I was clicked %d times", c.clickCount)
	return nil
}

// clickDemo is the page under test. JustPy's asks for the event's
// additional_properties (screenX, pageY…) to print them; JustGo's msg
// has no such fields, and the page does not need them.
func (c *ClickDemo) clickDemo() *jp.WebPage {
	wp := jp.NewWebPage()
	c.clickCount = 0
	d := jp.Div(
		jp.Text("Not clicked yet"),
		jp.In(wp),
		jp.Classes("w-48 text-xl m-2 p-1 bg-blue-500 text-white"),
	)
	d.On("click", c.onDivClick)
	return wp
}

func clickDemo(r *jp.Request) *jp.WebPage {
	c := &ClickDemo{}
	return c.clickDemo()
}

// ClickDemoExample is JustPy's clickdemo: a handler that is a method of a
// demo's state, counting clicks through msg.Target.
var ClickDemoExample = catalog.Example{Name: "clickdemo", Doc: "A div that counts its clicks, the handler a method of the demo's state writing to msg.Target", Source: "clickdemo.go", App: catalog.Page(clickDemo)}
