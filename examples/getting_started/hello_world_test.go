package gettingstarted

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestHelloWorld(t *testing.T) {
	p := catalogtest.Open(t, HelloWorld)
	hello := p.ByText("Hello! (click me)")
	p.Click(hello)
	p.ShouldSee("Hello! I was clicked 1 times")
	p.Click(hello)
	p.Click(hello)
	p.ShouldSee("Hello! I was clicked 3 times")
	// Each page has a Hello of its own.
	p.User().Open("/").ShouldSee("Hello! (click me)")
}
