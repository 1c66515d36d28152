package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// The grid is paged, Year is blue, and the percentages have the rules.
func TestGridTest18(t *testing.T) {
	p := jptest.Serve(t, gridTest18).Open("/")
	g := p.All("jp-aggrid")[0]
	opts := g.Prop("options").(map[string]any)
	o := opts["grid"].(map[string]any)
	if o["pagination"] != true || o["paginationAutoPageSize"] != true {
		t.Errorf("options %v", o)
	}
	cols := opts["columnDefs"].([]any)
	year := cols[0].(map[string]any)
	if c, _ := year["cellClass"].([]any); len(c) != 3 || c[1] != "bg-blue-500" || year["cellClassRules"] != nil {
		t.Errorf("Year %v", year)
	}
	for _, c := range cols[1:] {
		rules, _ := c.(map[string]any)["cellClassRules"].(map[string]any)
		if rules["bg-red-300"] != "x < 20" || rules["bg-yellow-300"] != "x >= 20 && x < 50" || rules["bg-green-300"] != "x >= 50" || rules["font-bold"] != "x < 20" {
			t.Errorf("%v: rules %v", c.(map[string]any)["field"], rules)
		}
	}
	if rows := p.GridRows(g); len(rows) != 42 {
		t.Errorf("%d rows", len(rows))
	}
}
