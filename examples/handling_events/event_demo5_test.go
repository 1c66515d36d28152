package handlingevents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestEventDemo5(t *testing.T) {
	p := catalogtest.Open(t, EventDemo5)
	if n := len(p.All("button")); n != 25 {
		t.Fatalf("%d buttons", n)
	}
	b3, b7 := p.ByText("Button 3"), p.ByText("Button 7")
	p.Click(b3)
	p.Click(b3)
	p.ShouldSee("Button 3 clicked. Number of clicks: 2")
	p.Click(b7)
	p.ShouldSee("Button 7 clicked. Number of clicks: 1")
	if !red(b3.Class) || !red(b7.Class) {
		t.Errorf("clicked buttons stay red: %q %q", b3.Class, b7.Class)
	}
	if b := p.ByText("Button 1"); b.Class != eventButtonClasses {
		t.Errorf("an unclicked button: %q", b.Class)
	}
}
