package workingwithhtml

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestHTMLDemo(t *testing.T) {
	p := catalogtest.Open(t, HTMLDemo)
	p.ShouldSee("Hello world!")
	p.ShouldNotSee("This will not be shown")
	if k := p.Root().Kids; len(k) != 1 || k[0].HTML == "" {
		t.Errorf("the page: %v", k)
	}
}
