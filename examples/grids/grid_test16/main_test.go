package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// The grid has the frame's rows and a column for each of its fields, with
// a number filter.
func TestGridTest16(t *testing.T) {
	p := jptest.Serve(t, gridTest16).Open("/")
	g := p.All("jp-aggrid")[0]
	rows := p.GridRows(g)
	if len(rows) != 42 || rows[0]["Year"] != 1970.0 || rows[0]["Agriculture"] != 4.23 || rows[41]["Year"] != 2011.0 {
		t.Fatalf("%d rows: %v …", len(rows), rows[0])
	}
	cols := g.Prop("options").(map[string]any)["columnDefs"].([]any)
	want := []string{"Year", "Agriculture", "Architecture", "Biology", "Business", "Education", "Engineering", "English", "Psychology"}
	if len(cols) != len(want) {
		t.Fatalf("columns %v", cols)
	}
	for i, w := range want {
		c := cols[i].(map[string]any)
		if c["field"] != w || c["headerName"] != w || c["filter"] != "agNumberColumnFilter" {
			t.Errorf("column %d: %v", i, c)
		}
	}
}
