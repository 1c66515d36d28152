package htmlcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestShowDemo(t *testing.T) {
	p := catalogtest.Open(t, ShowDemo)
	shown, visible := p.ByText("Toggled by show"), p.ByText("Toggled by visible")
	p.Click(p.ByText("Click to toggle show"))
	p.ShouldNotSee("Toggled by show")
	if !shown.Hidden {
		t.Error("show=false did not hide the div")
	}
	p.Click(p.ByText("Click to toggle show"))
	p.ShouldSee("Toggled by show")

	p.Click(p.ByText("Click to toggle visibility"))
	if visible.Class != "m-2 p-2 text-2xl border w-48 invisible" || visible.Hidden {
		t.Errorf("invisible: %q hidden %v", visible.Class, visible.Hidden)
	}
	p.Click(p.ByText("Click to toggle visibility"))
	if visible.Class != "m-2 p-2 text-2xl border w-48 visible" {
		t.Errorf("visible again: %q", visible.Class)
	}
}
