package tailwind

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestTextColors(t *testing.T) {
	p := catalogtest.Open(t, TextColors)
	divs := p.Root().Kids[0].Kids
	if len(divs) != 84 {
		t.Fatalf("%d colours", len(divs))
	}
	for _, d := range divs {
		if !strings.HasPrefix(d.Class, d.Text+" font-mono") {
			t.Errorf("%q is not written in its colour: %q", d.Text, d.Class)
		}
	}
	p.ShouldSee("text-indigo-700")
}
