package transitions

import (
	"encoding/json"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestTransitionTest(t *testing.T) {
	p := catalogtest.Open(t, TransitionTest)
	divs := p.Root().Kids[0].Kids
	if len(divs) != 10 {
		t.Fatalf("%d divs", len(divs))
	}
	var tran map[string]string
	if err := json.Unmarshal([]byte(divs[0].Attr("data-transition")), &tran); err != nil || tran["load_start"] != "opacity-0 transform scale-0" || tran["leave_end"] != "opacity-0 transform scale-0" {
		t.Fatalf("the transition: %v %v", tran, err)
	}
	button := p.ByText("Click here")
	p.Click(button)
	for _, d := range divs {
		if d.Class != "border text-xl m-2 h-16 w-16 bg-blue-500 hidden" {
			t.Fatalf("after a click: %q", d.Class)
		}
	}
	p.Click(button)
	if d := divs[9]; d.Class != "border text-xl m-2 h-16 w-16 bg-blue-500" {
		t.Errorf("after a second click: %q", d.Class)
	}
}
