package input

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestInputDemo2(t *testing.T) {
	p := jptest.Serve(t, inputDemo2).Open("/")
	p.ShouldSee("What you type will show up here")
	p.Type(p.ByPlaceholder("Please type here"), "Hello JustGo")
	p.ShouldSee("Hello JustGo")
	p.ShouldNotSee("What you type")
}
