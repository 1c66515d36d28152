package handlingevents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestEventDemo6(t *testing.T) {
	p := catalogtest.Open(t, EventDemo6)
	b3, b7 := p.ByText("Button 3"), p.ByText("Button 7")
	p.Click(b3)
	p.Click(b7)
	p.Click(b3)
	p.ShouldSee("Button 3 clicked. Number of clicks: 2")
	if !red(b3.Class) {
		t.Errorf("the last clicked: %q", b3.Class)
	}
	if !blue(b7.Class) {
		t.Errorf("the one before is blue again: %q", b7.Class)
	}
}
