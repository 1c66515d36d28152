package customcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestHelloTest2(t *testing.T) {
	p := catalogtest.Open(t, HelloTest2)
	hellos := p.Root().Kids
	if len(hellos) != 5 {
		t.Fatalf("%d hellos", len(hellos))
	}
	p.Click(hellos[1])
	p.Click(hellos[1])
	p.Click(hellos[3])
	if hellos[1].Text != "Hello! I was clicked 2 times" || hellos[3].Text != "Hello! I was clicked 1 times" || hellos[0].Text != "Hello! (click me)" {
		t.Errorf("each counts its own: %q", p.Text())
	}
}
