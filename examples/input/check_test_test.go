package input

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestCheckTest(t *testing.T) {
	p := jptest.Serve(t, checkTest).Open("/")
	inputs := p.All("input")
	box, text := inputs[0], inputs[1]
	if !box.Checked || text.Value != "true" {
		t.Fatalf("at first: %v %q", box.Checked, text.Value)
	}
	p.Check(box, false)
	p.Sync()
	if text.Value != "false" {
		t.Errorf("unchecked: the text says %q", text.Value)
	}
	p.Fill(text, "yes")
	p.Sync()
	if !box.Checked {
		t.Error("typing did not check the box")
	}
	p.Clear(text)
	p.Sync()
	if box.Checked {
		t.Error("clearing did not uncheck the box")
	}
}
