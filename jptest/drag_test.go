package jptest_test

import (
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

// Drag sends dragstart to the dragged element and drop to the target, both
// naming the element; DropText's drop carries only text.
func TestDragAndDrop(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		log := jp.Div(jp.ID("log"), jp.In(wp))
		from := jp.Div(jp.ID("from"), jp.In(wp))
		img := jp.Img(jp.ID("img"), jp.Draggable("bg-red-500"), jp.In(from))
		img.On("dragstart", func(self *jp.Element, msg *jp.Msg) { log.Text = "start " + msg.Dragged.(*jp.Element).Attr("id") })
		to := jp.Div(jp.ID("to"), jp.In(wp))
		to.On("drop", func(self *jp.Element, msg *jp.Msg) {
			if msg.Dragged == nil {
				log.Text += " text " + msg.DragText
				return
			}
			from.Remove(img)
			self.Add(img)
			log.Text += " dropped " + msg.Dragged.(*jp.Element).Attr("id")
		})
		jp.Span(jp.Text("plain"), jp.Draggable(""), jp.In(wp))
		return wp
	}).Open("/")
	p.Drag(p.ByID("img"), p.ByID("to"))
	if got := p.ByID("log").Text; got != "start img dropped img" {
		t.Errorf("the log: %q", got)
	}
	if k := p.ByID("to").Kids; len(k) != 1 || k[0].Attr("id") != "img" || len(p.ByID("from").Kids) != 0 {
		t.Errorf("the image did not move: %v", k)
	}
	p.DropText(p.ByID("to"), "words")
	if got := p.ByID("log").Text; got != "start img dropped img text words" {
		t.Errorf("after text: %q", got)
	}
	p.Drag(p.ByText("plain"), p.ByID("log")) // nothing listens: nothing happens
	if got := p.ByID("log").Text; got != "start img dropped img text words" {
		t.Errorf("a drop where none is taken: %q", got)
	}
}
