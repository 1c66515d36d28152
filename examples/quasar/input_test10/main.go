// Command input_test10 is JustPy's input_test10 (Quasar tutorial: input
// validation), ported to JustGo's Web Awesome widgets: a field labelled
// "Enter email"; as soon as what is typed is not an email address the hint
// below it says "Enter valid email address" and the field is marked
// invalid, and the hint goes once the address is whole.
//
// Quasar's error and error-message props are, on a wa-input, the
// attribute custom-error, which makes the field invalid with that message
// (a form will not submit it), and a hint the person can read; the server
// sets both as the person types, from msg.Value, and deletes them when the
// value is valid.
package main

import (
	"regexp"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
)

var emailRegex = regexp.MustCompile(`^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+$`)

func inputChange(self *jp.Element, msg *jp.Msg) error {
	if emailRegex.MatchString(msg.Value) {
		delete(self.Attrs, "custom-error")
		delete(self.Attrs, "hint")
		self.Style = "width: 250px; margin: 20px"
	} else {
		self.SetAttr("custom-error", "Enter valid email address")
		self.SetAttr("hint", "Enter valid email address")
		self.Style = "width: 250px; margin: 20px; --wa-form-control-hint-color: var(--wa-color-danger-on-quiet)"
	}
	return nil
}

func inputTest10(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wa.Input(wa.Label("Enter email"), jp.Style("width: 250px; margin: 20px"), jp.In(wp), jp.On("input", inputChange))
	return wp
}

func main() { jp.JustPy(inputTest10) }
