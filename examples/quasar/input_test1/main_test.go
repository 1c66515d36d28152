package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestInputTest1(t *testing.T) {
	p := jptest.Serve(t, inputTest1).Open("/")
	// where each field's calendar is: in its slot, or before the field
	for slot, want := range map[string]string{"append": "end", "prepend": "start", "before": ""} {
		in := p.ByLabel(slot)
		if hint := in.Attr("hint"); hint != `Icon is in slot "`+slot+`" and "after"` {
			t.Errorf("%s's hint is %q", slot, hint)
		}
		if in.Attr("appearance") != "filled" {
			t.Errorf("%s is not filled", slot)
		}
		var got string
		for _, k := range in.Kids {
			if k.Tag == "i" {
				got = k.Attr("slot")
			}
		}
		if got != want {
			t.Errorf("%s's own icon is in slot %q, want %q", slot, got, want)
		}
		row := p.Root()
		for _, n := range p.All("div") {
			for _, k := range n.Kids {
				if k == in {
					row = n
				}
			}
		}
		first, last := row.Kids[0], row.Kids[len(row.Kids)-1]
		if last.Class != "fa fa-map-marker-alt" {
			t.Errorf("after %s: <%s class=%q>, not the map pin", slot, last.Tag, last.Class)
		}
		if (first.Class == "fa fa-calendar-alt") != (slot == "before") {
			t.Errorf("before %s: <%s class=%q>", slot, first.Tag, first.Class)
		}
	}
	p.Type(p.ByLabel("prepend"), "Paris")
	if v := p.ByLabel("prepend").Value; v != "Paris" {
		t.Errorf("the field holds %q", v)
	}
}
