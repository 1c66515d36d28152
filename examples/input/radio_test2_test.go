package input

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestRadioTest2(t *testing.T) {
	p := catalogtest.Open(t, RadioTest2)
	p.ShouldSee("Click radio buttons to see results here")
	radios := p.All("input")
	p.Check(radios[1], true) // female
	p.ShouldSee("male is NOT checkedfemale is checkedother is NOT checked")
	p.Check(radios[5], true) // 61 - 100
	p.ShouldSee("0 is NOT checked31 is NOT checked61 is checked")
	p.Check(radios[2], true) // other: female is no longer checked
	p.ShouldSee("male is NOT checkedfemale is NOT checkedother is checked")
	// As in JustPy, each change adds its line below the others (the spans
	// are inline, apart by their margin only).
	if n := strings.Count(p.Text(), "is checked"); n != 3 {
		t.Errorf("%d lines:\n%s", n, p.Text())
	}
}
