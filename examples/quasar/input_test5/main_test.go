package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestEveryFieldShowsWhatIsTyped(t *testing.T) {
	p := jptest.Serve(t, inputTest5).Open("/")
	fields := p.All("wa-input")
	all := func(want string) {
		t.Helper()
		for _, f := range fields {
			if f.Value != want {
				t.Errorf("%s shows %q, want %q", f.Attr("label"), f.Value, want)
			}
		}
	}
	p.Type(p.ByLabel("Filled"), "hello")
	all("hello")
	p.Type(p.ByLabel("Pill"), " world")
	all("hello world")
	p.Clear(p.ByLabel("Large"))
	all("")
	if hint := p.ByLabel("Filled with a hint").Attr("hint"); hint != "This is a hint" {
		t.Errorf("hint %q", hint)
	}
}
