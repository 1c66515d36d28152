package handlingevents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func eventDemo7(r *jp.Request) *jp.WebPage {
	numberOfButtons := 25
	wp := jp.NewWebPage()
	buttonDiv := jp.Div(jp.Classes("flex m-4 flex-wrap"), jp.In(wp))
	message := jp.Div(jp.Classes("text-lg border m-2 p-2 overflow-auto h-64"), jp.In(wp))
	message.Add(jp.P(jp.Text("No button clicked yet")))
	var list buttonList
	buttonClick3 := func(self *numberedButton, msg *jp.Msg) {
		self.numClicked++
		p := jp.P(jp.Text(fmt.Sprintf("%s clicked. Number of clicks: %d", self.Text, self.numClicked)))
		self.message.AddFirst(p) // add_component(p, 0)
		list.only(self)
	}
	for i := 1; i < numberOfButtons+1; i++ {
		list = append(list, newNumberedButton(fmt.Sprintf("Button %d", i), message, buttonClick3, jp.In(buttonDiv)))
	}
	return wp
}

// EventDemo7 is JustPy's event_demo7: event_demo6 keeping a log of the
// clicks, the latest first.
var EventDemo7 = catalog.Example{Name: "event_demo7", Doc: "Event_demo6 with a scrolling log of the clicks, the latest on top", Source: "event_demo7.go", App: catalog.Page(eventDemo7)}
