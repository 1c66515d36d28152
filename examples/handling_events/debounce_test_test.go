package handlingevents

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// The timing is the browser's (see e2e); here the handler and the
// modifiers the browser is given.
func TestDebounceTest(t *testing.T) {
	p := jptest.Serve(t, debounceTest).Open("/")
	d := p.Root().Kids[0]
	if got := d.On; len(got) != 2 || got[0] != "click:debounce=2000" || got[1] != "mousemove:throttle=1000" {
		t.Fatalf("events %v", got)
	}
	p.Trigger(d, "mousemove")
	p.Trigger(d, "click")
	p.ShouldSee("2) click")
	p.ShouldSee("1) mousemove")
	if info := d.Kids[0]; info.Kids[0].VisibleText() != "2) click" {
		t.Errorf("the newest event is not first: %q", info.VisibleText())
	}
}
