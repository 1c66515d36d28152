package input

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestFocusTestInput(t *testing.T) {
	p := jptest.Serve(t, focusTestInput).Open("/")
	fields := p.All("input")
	focused := func() []int {
		var on []int
		for i, f := range fields {
			if _, ok := f.Attrs["autofocus"]; ok {
				on = append(on, i+1)
			}
		}
		return on
	}
	if len(fields) != 5 || len(focused()) != 0 {
		t.Fatalf("%d fields, focus on %v", len(fields), focused())
	}
	p.ShouldSee("Field 3")
	p.Fill(fields[0], "one")
	p.Press(fields[0], "Enter")
	if f := focused(); len(f) != 1 || f[0] != 2 {
		t.Fatalf("after Enter in the first: focus on %v", f)
	}
	p.Trigger(fields[1], "blur")
	p.Press(fields[4], "Enter") // from the last to the first
	if f := focused(); len(f) != 1 || f[0] != 1 {
		t.Errorf("after Enter in the last: focus on %v", f)
	}
	p.Press(fields[0], "Escape")
	if fields[0].Value != "" {
		t.Errorf("Escape left %q", fields[0].Value)
	}
	p.Press(fields[0], "a") // another key changes nothing
	if f := focused(); len(f) != 1 || f[0] != 1 {
		t.Errorf("after a: focus on %v", f)
	}
}
