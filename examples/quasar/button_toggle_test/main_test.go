package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestButtonToggleTest(t *testing.T) {
	p := jptest.Serve(t, buttonToggleTest).Open("/")
	p.ShouldSee("Chart of Type Bar")
	p.ByRole("img", "Chart of Type Bar: a bar chart of fruit eaten")
	for _, label := range []string{"Bar", "Column", "Line", "Spline"} {
		if b := p.ByText(label); b.Attr("appearance") != "button" {
			t.Errorf("%s is a <%s appearance=%q>, not a button of the toggle", label, b.Tag, b.Attr("appearance"))
		}
	}

	toggle := p.ByLabel("Chart type")
	p.Select(toggle, "column") // press Column
	p.ShouldSee("Chart of Type column")
	p.ByRole("img", "Chart of Type column: a column chart of fruit eaten")

	p.Select(toggle, "spline")
	p.ShouldSee("Chart of Type spline")
	p.ByRole("img", "Chart of Type spline: a spline chart of fruit eaten")
	if v := toggle.Value; v != "spline" {
		t.Errorf("the toggle holds %q", v)
	}
}
