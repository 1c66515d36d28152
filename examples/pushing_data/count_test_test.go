package pushingdata

import (
	"testing"
	"time"

	"github.com/justgo/justgo/jptest"
)

func TestCountTest(t *testing.T) {
	pause = 10 * time.Millisecond
	p := jptest.Serve(t, countTest).Open("/?num=3&animation=bounce")
	button := p.ByText("Start Countdown")
	p.Click(button)
	p.WaitFor("Boom!")
	if button.Hidden {
		t.Error("the button is not shown again")
	}
	boom := p.ByText("Boom!")
	if boom.Attr("data-animation") != "zoomIn" || boom.Class != "text-center m-4 p-4 text-6xl faster text-red-500 bg-white" {
		t.Errorf("boom: %v", boom.Attrs)
	}
	if icon := p.Root().Kids[1]; icon.Class != "inline-block text-5xl ml-1 mt-1 fa fa-bomb text-red-700" {
		t.Errorf("icon class %q", icon.Class)
	}
	// A second countdown replaces the first number div (the icons stay, as
	// in JustPy).
	p.Click(button)
	p.WaitFor("Boom!")
	if n := len(p.Root().Kids); n != 4 {
		t.Errorf("%d components after two countdowns", n)
	}
}
