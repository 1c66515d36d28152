package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// A fourth row, added after the grid was made, is in the grid the browser
// builds.
func TestGridTest6(t *testing.T) {
	p := jptest.Serve(t, gridTest6).Open("/")
	g := p.All("jp-aggrid")[0]
	rows := p.GridRows(g)
	if len(rows) != 4 {
		t.Fatalf("rows %v", rows)
	}
	if r := rows[3]; r["make"] != "Autocars" || r["model"] != "Sussita" || r["price"] != 3.0 {
		t.Errorf("the added row is %v", r)
	}
	if r := p.GridRow(g, 3); r == nil || r["model"] != "Sussita" {
		t.Errorf("row 3 is %v", r)
	}
}
