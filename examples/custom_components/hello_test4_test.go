package customcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestHelloTest4(t *testing.T) {
	p := catalogtest.Open(t, HelloTest4)
	h := p.Root().Kids[4]
	if h.Text != "Much Better Hello! (click me)" || h.Class != "m-1 p-1 text-6xl text-center text-red-500 bg-yellow-500 hover:bg-yellow-800 cursor-pointer" {
		t.Fatalf("%q %q", h.Text, h.Class)
	}
	p.Click(h)
	p.ShouldSee("Hello! I was clicked 100 times")
}
