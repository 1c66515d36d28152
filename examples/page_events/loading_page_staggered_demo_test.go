package pageevents

import (
	"strings"
	"testing"
	"time"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestLoadingPageStaggeredDemo(t *testing.T) {
	staggerPause = time.Millisecond
	p := catalogtest.Open(t, LoadingPageStaggeredDemo)
	p.ShouldSee("Div 0400")
	p.ShouldSee("Non staggered loading of 400 divs took")
	button := p.ByRole("button", "Try  staggered loading")
	p.Report(p.All("wa-slider")[0], "change", map[string]any{"value": 600.0})
	p.Click(button)
	p.ShouldSee("Div 0600")
	p.ShouldNotSee("Div 0601")
	p.ShouldSee("\nstaggered loading of 600 divs took") // " staggered", not "Non staggered"
	if !strings.Contains(button.Text, "Try Non staggered loading") {
		t.Errorf("the button says %q", button.Text)
	}
}
