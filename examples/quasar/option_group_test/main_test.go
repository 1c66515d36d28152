package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestOptionGroupTest(t *testing.T) {
	p := jptest.Serve(t, optionGroupTest).Open("/")
	p.ByRole("img", "Chart of Type Bar: a bar chart of fruit eaten")
	group := p.ByLabel("Chart type")
	if n := len(group.All("wa-radio")); n != 4 {
		t.Fatalf("%d radio buttons", n)
	}

	p.Select(group, "line") // choose Line
	// As in JustPy, the type changes and the title stays.
	p.ByRole("img", "Chart of Type Bar: a line chart of fruit eaten")
	p.Select(group, "column")
	p.ByRole("img", "Chart of Type Bar: a column chart of fruit eaten")
}
