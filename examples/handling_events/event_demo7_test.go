package handlingevents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestEventDemo7(t *testing.T) {
	p := catalogtest.Open(t, EventDemo7)
	p.Click(p.ByText("Button 3"))
	p.Click(p.ByText("Button 12"))
	p.Click(p.ByText("Button 3"))
	log := p.Root().Kids[1]
	var lines []string
	for _, k := range log.Kids {
		lines = append(lines, k.Text)
	}
	want := []string{"Button 3 clicked. Number of clicks: 2", "Button 12 clicked. Number of clicks: 1", "Button 3 clicked. Number of clicks: 1", "No button clicked yet"}
	if len(lines) != len(want) {
		t.Fatalf("the log: %q", lines)
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Errorf("the log: %q", lines)
			break
		}
	}
	if c := p.ByText("Button 12").Class; !blue(c) {
		t.Errorf("button 12 is still red: %q", c)
	}
}
