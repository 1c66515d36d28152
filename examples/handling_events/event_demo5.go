package handlingevents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// eventButtonClasses are the buttons' classes in event_demo5 to 7.
const eventButtonClasses = "w-32 mr-2 mb-2 bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 rounded-full"

// numberedButton is a button with what JustPy's hangs on it: the message
// element it writes to and its count of clicks.
type numberedButton struct {
	*jp.Element
	message    *jp.Element
	numClicked int
}

func newNumberedButton(text string, message *jp.Element, click func(*numberedButton, *jp.Msg), opts ...jp.Opt) *numberedButton {
	b := &numberedButton{message: message}
	b.Element = jp.Make(b, "button", append(opts, jp.Text(text), jp.Classes(eventButtonClasses))...)
	b.On("click", func(_ *jp.Element, msg *jp.Msg) error {
		click(b, msg)
		return nil
	})
	return b
}

func buttonClick1(self *numberedButton, msg *jp.Msg) {
	self.numClicked++
	self.message.Text = fmt.Sprintf("%s clicked. Number of clicks: %d", self.Text, self.numClicked)
	self.SetClass("bg-red-500")
	self.SetClass("hover:bg-red-700")
}

func eventDemo5(r *jp.Request) *jp.WebPage {
	numberOfButtons := 25
	wp := jp.NewWebPage()
	buttonDiv := jp.Div(jp.Classes("flex m-4 flex-wrap"), jp.In(wp))
	message := jp.Div(jp.Text("No button clicked yet"), jp.Classes("text-2xl border m-4 p-2"), jp.In(wp))
	for i := 1; i < numberOfButtons+1; i++ {
		newNumberedButton(fmt.Sprintf("Button %d", i), message, buttonClick1, jp.In(buttonDiv))
	}
	return wp
}

// EventDemo5 is JustPy's event_demo5: 25 buttons sharing one handler, each
// counting its clicks and turning red. JustPy hangs the message and the
// count on each button; in Go a button is a small custom component with
// those fields.
var EventDemo5 = catalog.Example{Name: "event_demo5", Doc: "25 buttons with one handler: each counts its clicks, says so, and turns red", Source: "event_demo5.go", App: catalog.Page(eventDemo5)}
