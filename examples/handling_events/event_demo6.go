package handlingevents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// buttonList is the page's list of buttons, JustPy's wp.button_list.
type buttonList []*numberedButton

// only makes self the one red button of the list.
func (l buttonList) only(self *numberedButton) {
	for _, button := range l {
		button.SetClass("bg-blue-500")
		button.SetClass("hover:bg-blue-700")
	}
	self.SetClass("bg-red-500")
	self.SetClass("hover:bg-red-700")
}

func eventDemo6(r *jp.Request) *jp.WebPage {
	numberOfButtons := 25
	wp := jp.NewWebPage()
	buttonDiv := jp.Div(jp.Classes("flex m-4 flex-wrap"), jp.In(wp))
	message := jp.P(jp.Text("No button clicked yet"), jp.Classes("text-2xl border m-4 p-2"), jp.In(wp))
	var list buttonList
	buttonClick2 := func(self *numberedButton, msg *jp.Msg) {
		self.numClicked++
		self.message.Text = fmt.Sprintf("%s clicked. Number of clicks: %d", self.Text, self.numClicked)
		list.only(self)
	}
	for i := 1; i < numberOfButtons+1; i++ {
		list = append(list, newNumberedButton(fmt.Sprintf("Button %d", i), message, buttonClick2, jp.In(buttonDiv)))
	}
	return wp
}

// EventDemo6 is JustPy's event_demo6: event_demo5, but only the last button
// clicked is red. JustPy keeps the list on the page (wp.button_list); the
// handler here closes over it.
var EventDemo6 = catalog.Example{Name: "event_demo6", Doc: "Event_demo5 where only the last button clicked is red: the handler reaches every button", Source: "event_demo6.go", App: catalog.Page(eventDemo6)}
