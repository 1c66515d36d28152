package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// The grid of grid_test4, smaller.
func TestGridTest5(t *testing.T) {
	p := jptest.Serve(t, gridTest5).Open("/")
	g := p.All("jp-aggrid")[0]
	if g.Style != "height: 200px; width: 300px; margin: 0.25em" {
		t.Errorf("style %q", g.Style)
	}
	if rows := p.GridRows(g); len(rows) != 3 || rows[2]["make"] != "Porsche" || rows[2]["price"] != 72000.0 {
		t.Errorf("rows %v", rows)
	}
}
