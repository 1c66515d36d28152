package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// Ticking a year shows its row; unticking another leaves it; unticking it
// empties the box.
func TestGridTest11(t *testing.T) {
	p := jptest.Serve(t, gridTest11).Open("/")
	g := p.All("jp-aggrid")[0]
	rows := p.GridRows(g)
	if len(rows) != 42 || rows[0]["Year"] != 1970.0 || rows[41]["Year"] != 2011.0 {
		t.Fatalf("%d rows, from %v", len(rows), rows[0])
	}
	cols := g.Prop("options").(map[string]any)["columnDefs"].([]any)
	year := cols[0].(map[string]any)
	if year["field"] != "Year" || year["headerName"] != "Year" || year["checkboxSelection"] != true || year["filter"] != "agNumberColumnFilter" {
		t.Errorf("the first column %v", year)
	}
	if len(cols) != 9 || cols[1].(map[string]any)["field"] != "Agriculture" {
		t.Errorf("columns %v", cols)
	}

	box := p.Root().Kids[0]
	p.SelectRows(g, 0)
	if want := `{"Year": 1970, "Agriculture": 4.23, "Architecture": 11.92, "Biology": 29.09, "Business": 9.06, "Education": 74.53, "Engineering": 0.8, "English": 65.57, "Psychology": 44.4}`; box.Text != want {
		t.Errorf("the box shows %s, not %s", box.Text, want)
	}
	p.SelectRows(g, 1)
	p.ShouldSee(`{"Year": 1971,`)
	p.Dispatch(g, "grid:rowSelected", map[string]any{"rowId": "0", "selected": false})
	p.ShouldSee(`{"Year": 1971,`) // not the row shown
	p.Dispatch(g, "grid:rowSelected", map[string]any{"rowId": "1", "selected": false})
	if box.Text != "" {
		t.Errorf("the box still shows %s", box.Text)
	}
}
