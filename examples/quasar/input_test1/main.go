// Command input_test1 is JustPy's input_test1 (Quasar tutorial: slots),
// ported to JustGo's Web Awesome widgets: three filled text fields labelled
// append, prepend and before, each with a hint below it saying where its
// icons are: a blue calendar in the named place and a red map pin after
// the field.
//
// Quasar's QInput has four slots for such things; a wa-input has two, start
// and end, inside the field: Quasar's prepend is start and append is end.
// Quasar's before and after lie outside the field, so here they are
// elements beside it. A slot is an attribute of the child, as in HTML:
// jp.Attr("slot", "end"). An element has one parent in JustGo, so each
// field has icons of its own where JustPy shares two.
package main

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
)

// inside maps Quasar's slots inside the field to wa-input's.
var inside = map[string]string{"prepend": "start", "append": "end"}

func inputTest1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	c1 := jp.Div(jp.Classes("p-4"), jp.In(wp))
	c2 := jp.Div(jp.Classes("flex flex-col gap-4"), jp.Style("max-width: 300px"), jp.In(c1))
	icon1 := func(opts ...jp.Opt) *jp.Element {
		return jp.I(append(opts, jp.Classes("fa fa-calendar-alt"), jp.Style("color: blue"))...)
	}
	icon2 := func(opts ...jp.Opt) *jp.Element {
		return jp.I(append(opts, jp.Classes("fa fa-map-marker-alt"), jp.Style("color: red"))...)
	}
	for _, slot := range []string{"append", "prepend", "before"} {
		row := jp.Div(jp.Classes("flex items-center gap-2"), jp.In(c2))
		in1 := wa.Input(wa.Label(slot), wa.Appearance("filled"), wa.Hint(fmt.Sprintf("Icon is in slot %q and %q", slot, "after")),
			jp.Classes("flex-grow"), jp.In(row))
		row.Add(icon2()) // after
		if s, ok := inside[slot]; ok {
			in1.Add(icon1(jp.Attr("slot", s)))
		} else {
			row.AddFirst(icon1()) // before
		}
	}
	return wp
}

func main() { jp.JustPy(inputTest1) }
