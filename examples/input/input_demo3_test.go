package input

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestInputDemo3(t *testing.T) {
	p := jptest.Serve(t, inputDemo3).Open("/")
	in := p.ByPlaceholder("Please type here")
	if in.Listens("input") || !in.Listens("change") {
		t.Errorf("events %v", in.On)
	}
	p.Type(in, "typed")
	p.Sync()
	p.ShouldSee("only when Input element loses focus or you press Enter")
	p.Change(in)
	p.ShouldSee("typed")
	p.ShouldNotSee("loses focus")
}
