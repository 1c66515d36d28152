// Command splitter_test is JustPy's quasar_splitter_test (Quasar tutorial:
// QSplitter), ported to JustGo's Web Awesome widgets: a box 400 pixels high
// split in two panes, Before and After, each with twenty numbered
// paragraphs to scroll, and an orange divider between them that carries a
// red badge with the divider's position in percent; dragging the divider
// changes the number on it and in the "Splitter value" tag below the box.
//
// A wa-split-panel takes its panes in the slots start and end (Quasar's
// before and after) and the divider's content in the slot divider. It is
// not one of package wa's controls: it fires wa-reposition, with no detail,
// when the divider moves. The page declares it one with jp.AsControl, so
// that the browser reports its property position with that event, which
// the handler reads with self.Prop("position"). An element has one parent
// in JustGo, so the divider and the tag each have a badge of their own.
package main

import (
	"fmt"
	"strconv"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
)

const lorem = "Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi architecto beatae vitae dicta sunt explicabo."

// positionControl declares the split panel's position as it reports it
// after the divider moves.
var positionControl = jp.AsControl(&jp.Control{Props: []string{"position"}, Events: []string{"wa-reposition"}})

func splitterTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.CSS = "wa-split-panel::part(divider) { background: orange; }"

	before := jp.Div(jp.Classes("p-4 h-full overflow-auto"), jp.Attr("slot", "start"))
	jp.Div(jp.Text("Before"), jp.Classes("text-3xl mb-4"), jp.In(before))
	for i := range 20 {
		jp.Div(jp.Text(fmt.Sprintf("%d. %s", i, lorem)), jp.Classes("my-4"), jp.In(before))
	}

	after := jp.Div(jp.Classes("p-4 h-full overflow-auto"), jp.Attr("slot", "end"))
	jp.Div(jp.Text("After"), jp.Classes("text-3xl mb-4"), jp.In(after))
	for i := range 20 {
		jp.Div(jp.Text(fmt.Sprintf("%d. %s", i, lorem)), jp.Classes("my-4"), jp.In(after))
	}

	s := wa.SplitPanel(wa.Position(50), positionControl, jp.Style("height: 400px; --divider-width: 3px"), jp.Classes("m-8"), jp.In(wp))
	s.Add(before, after)

	chip := wa.Tag(jp.Classes("m-8"), jp.In(wp))
	valueAvatar := wa.Badge(jp.Text("50"), wa.Variant("danger"), wa.Pill(), jp.Classes("mr-2"), jp.In(chip))
	jp.Span(jp.Text("Splitter value"), jp.In(chip))

	separator := wa.Badge(jp.Text("50"), wa.Variant("danger"), wa.Pill(), jp.Attr("slot", "divider"), jp.In(s))

	s.On("wa-reposition", func(self *jp.Element, msg *jp.Msg) error {
		position, ok := self.Prop("position").(float64)
		if !ok {
			return nil
		}
		valueAvatar.Text = strconv.Itoa(int(position))
		separator.Text = valueAvatar.Text
		return nil
	})

	return wp
}

func main() { jp.JustPy(splitterTest) }
