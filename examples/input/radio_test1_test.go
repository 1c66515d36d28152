package input

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestRadioTest1(t *testing.T) {
	p := jptest.Serve(t, radioTest1).Open("/")
	p.ShouldSee("Please select your gender:")
	p.ShouldSee("Female")
	p.ShouldSee("31 - 60")
	radios := p.All("input")
	if len(radios) != 6 {
		t.Fatalf("%d radio buttons", len(radios))
	}
	p.Check(radios[0], true) // male
	p.Check(radios[4], true) // 31 - 60
	p.Check(radios[1], true) // female
	want := []bool{false, true, false, false, true, false}
	for i, r := range radios {
		if r.Checked != want[i] {
			t.Errorf("radio %d (%s) checked %v", i, r.Value, r.Checked)
		}
	}
}
