package reference

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// myClickProps is event_demo's my_click (javascript_test has the package's
// myClick).
func myClickProps(self *jp.Element, msg *jp.Msg) {
	fmt.Fprintf(output, "%s %v\n", msg.EventType, msg.EventProps)
	self.Text = "I was clicked"
}

func eventDemo(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Text("Not clicked yet"), jp.In(wp), jp.Classes("w-48 text-xl m-2 p-1 bg-blue-500 text-white"))
	d.On("click", myClickProps)
	d.SetAdditionalProperties("screenX", "pageY", "altKey", "which", "movementX", "button", "buttons")
	return wp
}

// EventDemo is JustPy's event_demo (reference: HTMLComponent
// additional_properties): the click's msg carries the mouse event's
// properties the div lists, which the handler prints.
var EventDemo = catalog.Example{Name: "event_demo", Doc: "A click whose msg carries the mouse event's screenX, pageY, altKey… which the handler prints", Source: "event_demo.go", App: catalog.Page(eventDemo)}
