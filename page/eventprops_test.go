package page_test

import (
	"maps"
	"math"
	"strings"
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

// TestEventPropsAreWhatTheElementAskedFor is JustPy's event_demo: the
// handler reads the event's properties its element lists, and only
// those, of the types DOM events have.
func TestEventPropsAreWhatTheElementAskedFor(t *testing.T) {
	wp := page.NewWebPage()
	var got map[string]any
	d := component.Div(component.In(wp), component.AdditionalProperties("screenX", "altKey", "key", "buttons"),
		component.On("click", func(_ *component.Element, msg *page.Msg) { got = msg.EventProps }))
	plain := component.Div(component.In(wp), component.On("click", func(_ *component.Element, msg *page.Msg) { got = msg.EventProps }))
	rec := attach(t, wp)
	click := func(n uint64, el *component.Element, props map[string]any) map[string]any {
		t.Helper()
		got = nil
		if err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: n, Type: wire.TypeEvent, ID: el.Ref(), Event: "click", EventProps: props}); err != nil {
			t.Fatal(err)
		}
		return got
	}
	sent := map[string]any{"screenX": 240.0, "altKey": true, "key": "a", "pageY": 7.0, "buttons": map[string]any{"x": 1}}
	if p := click(1, d, sent); !maps.Equal(p, map[string]any{"screenX": 240.0, "altKey": true, "key": "a"}) {
		t.Errorf("the listed ones: %v", p)
	}
	if p := click(2, d, map[string]any{"screenX": math.Inf(1), "key": strings.Repeat("x", wire.MaxEventPropBytes+1)}); p != nil {
		t.Errorf("an infinite number and a long string: %v", p)
	}
	if p := click(3, plain, sent); p != nil {
		t.Errorf("an element that asked for none got %v", p)
	}
	d.SetAdditionalProperties()
	if _, ok := d.Attrs[wire.AttrEventProps]; ok {
		t.Error("SetAdditionalProperties() left the attribute")
	}
}
