package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestTickedLettersFilterTheList(t *testing.T) {
	p := jptest.Serve(t, reactiveListTest).Open("/")
	for _, w := range []string{"aardvark", "beauty", "capital"} {
		p.ShouldSee(w)
	}
	b := p.ByText("B words")
	if b.Tag != "wa-checkbox" || !b.Checked {
		t.Fatalf("B words is a <%s> checked %v", b.Tag, b.Checked)
	}

	p.Check(b, false)
	p.ShouldNotSee("bean")
	p.ShouldNotSee("bath")
	p.ShouldSee("aardvark")
	p.ShouldSee("corner")

	p.Check(p.ByText("A words"), false)
	p.ShouldNotSee("apple")
	p.ShouldSee("capital")

	p.Check(b, true)
	p.ShouldSee("beauty")
	p.ShouldNotSee("again")
}
