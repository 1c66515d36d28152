// Command input_test5 is JustPy's input_test5 (Quasar tutorial: QInput),
// ported to JustGo's Web Awesome widgets: a column of text fields in Web
// Awesome's looks, each labelled with its look (Outlined, Filled, Filled
// outlined, Pill, …); whatever is typed into one shows in all of them as it
// is typed.
//
// Quasar's looks are, in Web Awesome, the appearance outlined (the
// default), filled or filled-outlined, pill for rounded, and the sizes s, m
// and l; standout, borderless and square have no counterpart. JustPy binds
// every QInput to one value of the page's data; jp.Model binds native
// inputs only, so the input handler keeps the value in wp.State and sets
// it on the other fields. msg.Value is the field's value.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
)

func inputTest5(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.State = jp.State{"text": ""}
	c1 := jp.Div(jp.Classes("p-4"), jp.In(wp))
	c2 := jp.Div(jp.Classes("flex flex-col gap-4"), jp.Style("max-width: 300px"), jp.In(c1))
	inputs := []*jp.Element{
		wa.Input(wa.Label("Outlined"), jp.In(c2)),
		wa.Input(wa.Appearance("filled"), wa.Label("Filled"), jp.In(c2)),
		wa.Input(wa.Appearance("filled-outlined"), wa.Label("Filled outlined"), jp.In(c2)),
		wa.Input(wa.Pill(), wa.Label("Pill"), jp.In(c2)),
		wa.Input(wa.Pill(), wa.Appearance("filled"), wa.Label("Pill filled"), jp.In(c2)),
		wa.Input(wa.Size("s"), wa.Label("Small"), jp.In(c2)),
		wa.Input(wa.Size("l"), wa.Label("Large"), jp.In(c2)),
		wa.Input(wa.Appearance("filled"), wa.Label("Filled with a hint"), wa.Hint("This is a hint"), jp.In(c2)),
		wa.Input(wa.Label("Placeholder"), jp.Placeholder("Type here"), jp.In(c2)),
	}
	for _, in := range inputs {
		in.On("input", func(self *jp.Element, msg *jp.Msg) error {
			wp.State["text"] = msg.Value
			for _, other := range inputs {
				other.Value = msg.Value
			}
			return nil
		})
	}
	return wp
}

func main() { jp.JustPy(inputTest5) }
