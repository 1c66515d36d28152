package input

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestInputDemo1(t *testing.T) {
	p := catalogtest.Open(t, InputDemo1)
	in := p.ByPlaceholder("Please type here")
	if in.Class != inputClasses {
		t.Errorf("class %q", in.Class)
	}
	p.Type(in, "typed")
	if in.Value != "typed" {
		t.Errorf("value %q", in.Value)
	}
}
