package input

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// myBlur lets go of the focus the server gave, so that a later update does
// not take it back.
func myBlur(self *jp.Element, msg *jp.Msg) {
	self.SetFocus(false)
}

// keyDown empties the field on Escape, and on Enter moves the focus to
// the next field, from the last to the first. JustPy keeps the list and
// the field's number on the input (self.input_list, self.num); here the
// closure holds them.
func keyDown(inputList *[]*jp.Element, num int) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		key := msg.KeyData.Key
		if key == "Escape" {
			self.Value = ""
			return nil
		}
		if key == "Enter" {
			self.SetFocus(false)
			nextToFocus := (*inputList)[0]
			if num+1 < len(*inputList) {
				nextToFocus = (*inputList)[num+1]
			}
			nextToFocus.SetFocus(true)
		}
		return nil
	}
}

func focusTestInput(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Classes("flex flex-col  m-2"), jp.In(wp), jp.Style("width: 600 px"))
	var inputList []*jp.Element
	numberOfFields := 5
	for i := 1; i < numberOfFields+1; i++ {
		label := jp.Label(jp.In(d), jp.Classes("m-2 p-2"))
		jp.Span(jp.Text(fmt.Sprintf("Field %d", i)), jp.In(label))
		in1 := jp.Input(jp.Classes(jp.Styles.InputClasses()), jp.Placeholder(fmt.Sprintf("%d Type here", i)), jp.In(label), jp.On("keydown", keyDown(&inputList, i-1)), jp.Attr("spellcheck", "false"))
		in1.On("blur", myBlur)
		inputList = append(inputList, in1)
	}
	return wp
}

// FocusTestInput is JustPy's focus_test_input: five fields; Enter moves
// the focus to the next, Escape empties the field.
var FocusTestInput = catalog.Example{Name: "focus_test_input", Doc: "Five fields: Enter moves the focus to the next, Escape empties the field", Source: "focus_test_input.go", App: catalog.Page(focusTestInput)}
