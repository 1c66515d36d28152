package main

import (
	"encoding/json"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// The grid shows Make, Model and Price of the three cars, sortable and
// filterable by every column, centred, the headers bold.
func TestGridTest4(t *testing.T) {
	p := jptest.Serve(t, gridTest4).Open("/")
	grids := p.All("jp-aggrid")
	if len(grids) != 1 {
		t.Fatalf("%d grids", len(grids))
	}
	g := grids[0]
	want := []struct {
		make, model string
		price       float64
	}{{"Toyota", "Celica", 35000}, {"Ford", "Mondeo", 32000}, {"Porsche", "Boxter", 72000}}
	rows := p.GridRows(g)
	if len(rows) != len(want) {
		t.Fatalf("rows %v", rows)
	}
	for i, w := range want {
		if r := rows[i]; r["make"] != w.make || r["model"] != w.model || r["price"] != w.price {
			t.Errorf("row %d is %v, not %v", i, r, w)
		}
	}
	opts := g.Prop("options").(map[string]any)
	cols, _ := json.Marshal(opts["columnDefs"])
	if string(cols) != `[{"field":"make","headerName":"Make"},{"field":"model","headerName":"Model"},{"field":"price","headerName":"Price"}]` {
		t.Errorf("columns %s", cols)
	}
	def, _ := json.Marshal(opts["grid"].(map[string]any)["defaultColDef"])
	if string(def) != `{"cellStyle":{"textAlign":"center"},"filter":true,"headerClass":"font-bold","resizable":true,"sortable":true}` {
		t.Errorf("defaultColDef %s", def)
	}
}
