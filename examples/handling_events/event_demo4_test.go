package handlingevents

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestEventDemo4(t *testing.T) {
	p := jptest.Serve(t, eventDemo4).Open("/")
	d := p.ByText("Not clicked yet")
	for _, step := range []struct{ event, text, class string }{
		{"mouseenter", "Mouse entered", "bg-red-500"},
		{"click", "I was clicked", "bg-blue-500"},
		{"mouseleave", "Mouse left", "bg-teal-500"},
	} {
		p.Trigger(d, step.event)
		p.ShouldSee(step.text)
		if c := d.Class; !strings.Contains(c, step.class) || strings.Count(c, "bg-") != 1 {
			t.Errorf("after %s: class %q", step.event, c)
		}
	}
}
