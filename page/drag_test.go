package page_test

import (
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

// TestDropNamesTheDraggedElement is JustPy's drag_test: the drop handler
// learns which of the page's elements was dropped, and never one the page
// does not show.
func TestDropNamesTheDraggedElement(t *testing.T) {
	wp := page.NewWebPage()
	img := component.Img(component.Draggable("bg-red-500"), component.In(wp))
	var got page.Component
	var text string
	box := component.Div(component.In(wp), component.On("drop", func(self *component.Element, msg *page.Msg) {
		got, text = msg.Dragged, msg.DragText
		if el, ok := got.(*component.Element); ok {
			self.Add(el)
		}
	}))
	rec := attach(t, wp)
	drop := func(n uint64, d *wire.Drag) {
		t.Helper()
		if err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: n, Type: wire.TypeEvent, ID: box.Ref(), Event: "drop", Drag: d}); err != nil {
			t.Fatal(err)
		}
	}
	drop(1, &wire.Drag{ID: img.Ref(), Text: "python"})
	if got != img || text != "python" || len(box.Components()) != 1 {
		t.Errorf("dropped %v %q; box holds %d", got, text, len(box.Components()))
	}
	other := component.Span() // never on the page
	for i, d := range []*wire.Drag{{ID: other.Ref()}, {ID: wire.RootID}, nil} {
		drop(uint64(2+i), d)
		if got != nil || text != "" {
			t.Errorf("drag %+v resolved to %v %q", d, got, text)
		}
	}
}
