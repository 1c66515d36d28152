package main

import (
	"slices"
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestQuasarExample1(t *testing.T) {
	p := jptest.Serve(t, quasarExample1).Open("/")
	if !p.Dark() {
		t.Fatal("the page loads light")
	}
	for i, name := range []string{"On Left", "On Right", "On Left and Right", "Stacked", "On Left"} {
		var b *jptest.Node
		if i < 4 {
			b = p.ByRole("button", name)
		} else {
			b = p.All("wa-button")[0] // clicked again, under its new name
		}
		p.Click(b)
		variant := b.Attr("variant")
		if !slices.Contains(variants, variant) || b.VisibleText() != variant {
			t.Errorf("%s became %q, variant %q", name, b.VisibleText(), variant)
		}
		if dark := i%2 == 1; p.Dark() != dark {
			t.Errorf("after %d clicks the page is dark: %v", i+1, p.Dark())
		}
	}
	if icons := p.All("wa-button")[2].All("i"); len(icons) != 2 || icons[0].Attr("slot") != "start" || icons[1].Attr("slot") != "end" {
		t.Error("On Left and Right lost its icons")
	}
}
