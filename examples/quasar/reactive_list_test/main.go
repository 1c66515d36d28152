// Command reactive_list_test is JustPy's reactive_list_test (Quasar
// tutorial: QList and QItem), ported to JustGo's Web Awesome widgets: a
// list of ten words beginning with a, b or c, and below it three ticked
// checkboxes, "A words", "B words" and "C words"; unticking one hides the
// words that begin with its letter, ticking it shows them again.
//
// Quasar's QOptionGroup of checkboxes, whose value is the list of the
// ticked options, is a wa-checkbox-group of wa-checkbox; each checkbox is a
// control of its own, whose state arrives in msg.Checked and stays in
// el.Checked, so the handler reads the letters off the checkboxes. The
// QList is a list of divs, shown or hidden with Show.
package main

import (
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
)

func reactiveListTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Classes("p-4"), jp.Style("max-width: 400px"), jp.In(wp))
	listItemText := []string{"apple", "ad", "aardvark", "again", "bean", "bath", "beauty", "can", "corner", "capital"}
	qList := jp.Div(jp.Classes("border rounded py-2"), jp.In(d))
	for _, word := range listItemText {
		jp.Div(jp.Text(word), jp.Classes("px-4 py-1 hover:bg-gray-100"), jp.In(qList))
	}

	optionGroup := wa.CheckboxGroup(wa.Label("Words to show"), wa.Orientation("horizontal"), jp.Classes("my-6"), jp.In(d))
	var boxes []*jp.Element
	for _, o := range []struct{ label, value string }{{"A words", "a"}, {"B words", "b"}, {"C words", "c"}} {
		boxes = append(boxes, wa.Checkbox(jp.Text(o.label), jp.Value(o.value), jp.Checked(true), jp.In(optionGroup)))
	}

	checkBoxClicked := func(self *jp.Element, msg *jp.Msg) error {
		var letters []string
		for _, b := range boxes {
			if b.Checked {
				letters = append(letters, b.Value)
			}
		}
		for _, c := range qList.Components() {
			item := c.(*jp.Element)
			item.Show = false
			for _, letter := range letters {
				if strings.HasPrefix(item.Text, letter) {
					item.Show = true
				}
			}
		}
		return nil
	}
	for _, b := range boxes {
		b.On("change", checkBoxClicked)
	}
	return wp
}

func main() { jp.JustPy(reactiveListTest) }
