package handlingevents

import (
	"fmt"
	"io"
	"os"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// output is where event_demo3 prints the msg, as JustPy's print: the
// terminal. A variable, so that a test reads it.
var output io.Writer = os.Stdout

func myClick3(self *jp.Element, msg *jp.Msg) {
	fmt.Fprintf(output, "%s %v\n", msg.EventType, msg.EventProps)
	self.Text = "I was clicked"
}

func eventDemo3(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Text("Not clicked yet"), jp.In(wp), jp.Classes("w-48 text-xl m-2 p-1 bg-blue-500 text-white"))
	d.On("click", myClick3)
	d.SetAdditionalProperties("screenX", "pageY", "altKey", "which", "movementX", "button", "buttons")
	return wp
}

// EventDemo3 is JustPy's event_demo3: the click's msg also carries the
// mouse event's properties the div asks for (screenX, pageY, altKey…),
// which the handler prints.
var EventDemo3 = catalog.Example{Name: "event_demo3", Doc: "A click whose msg carries the mouse event's screenX, pageY, altKey… which the handler prints", Source: "event_demo3.go", App: catalog.Page(eventDemo3)}
