package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// panels are the list's details, top first, and whether each is open.
func panels(p *jptest.Page) (names []string, open []bool) {
	for _, d := range p.All("wa-details") {
		names = append(names, d.ByText("Image").VisibleText())
		o, set := d.Prop("open").(bool)
		if !set {
			_, o = d.Attrs["open"]
		}
		open = append(open, o)
	}
	return names, open
}

func TestExpansionTest(t *testing.T) {
	p := jptest.Serve(t, expansionTest).Open("/")
	p.ShouldSee("Web Awesome Details Example")
	p.ByRole("img", "Picture 10")

	p.Click(p.ByRole("button", "Add Image"))
	p.Click(p.ByRole("button", "Add Image"))
	names, open := panels(p)
	if want := []string{"Image 12", "Image 11", "Image 10"}; len(names) != 3 || names[0] != want[0] || names[1] != want[1] || names[2] != want[2] {
		t.Fatalf("panels %q, want %q", names, want)
	}
	for i, o := range open {
		if !o {
			t.Errorf("%s starts closed", names[i])
		}
	}

	p.Click(p.ByRole("button", "Close All"))
	_, open = panels(p)
	for i, o := range open {
		if o {
			t.Errorf("Close All left %s open", names[i])
		}
	}

	// The person opens Image 11, and Close All closes it again.
	p.OpenControl(p.All("wa-details")[1])
	p.Click(p.ByRole("button", "Close All"))
	if _, open = panels(p); open[1] {
		t.Error("Close All left Image 11 open")
	}

	p.Click(p.ByRole("button", "Open All"))
	_, open = panels(p)
	for i, o := range open {
		if !o {
			t.Errorf("Open All left %s closed", names[i])
		}
	}
}
