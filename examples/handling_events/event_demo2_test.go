package handlingevents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestEventDemo2(t *testing.T) {
	p := catalogtest.Open(t, EventDemo2)
	d := p.ByText("Not clicked yet")
	p.Click(d)
	if d.Text != "I was clicked" {
		t.Errorf("%q", d.Text)
	}
}
