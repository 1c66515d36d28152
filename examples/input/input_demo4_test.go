package input

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestInputDemo4(t *testing.T) {
	p := catalogtest.Open(t, InputDemo4)
	in := p.ByPlaceholder("Please type here")
	if in.Attr("type") != "number" {
		t.Fatalf("type %q", in.Attr("type"))
	}
	p.Type(in, "42.5")
	p.ShouldSee("42.5")
	p.ShouldNotSee("What you type will show up here")
}
