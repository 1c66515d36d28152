package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// The grid fills the window and sizes its columns to their contents.
func TestGridTest17(t *testing.T) {
	p := jptest.Serve(t, gridTest17).Open("/")
	g := p.All("jp-aggrid")[0]
	if g.Style != "height: 99vh; width: 100%" {
		t.Errorf("style %q", g.Style)
	}
	opts := g.Prop("options").(map[string]any)
	if s := opts["grid"].(map[string]any)["autoSizeStrategy"]; s.(map[string]any)["type"] != "fitCellContents" {
		t.Errorf("autoSizeStrategy %v", s)
	}
	if rows := p.GridRows(g); len(rows) != 42 || p.GridRow(g, 41)["Year"] != 2011.0 {
		t.Errorf("%d rows", len(rows))
	}
}
