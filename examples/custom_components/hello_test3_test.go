package customcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestHelloTest3(t *testing.T) {
	p := catalogtest.Open(t, HelloTest3)
	p.Click(p.Root().Kids[0])
	p.ShouldSee("Hello! I was clicked 100 times")
}
