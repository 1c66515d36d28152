package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// The four people, their paths shown by an expression AG Grid evaluates.
func TestGridTest9(t *testing.T) {
	p := jptest.Serve(t, gridTest9).Open("/")
	g := p.All("jp-aggrid")[0]
	rows := p.GridRows(g)
	if len(rows) != 4 {
		t.Fatalf("rows %v", rows)
	}
	if r := rows[3]; r["jobTitle"] != "eVP" || len(r["orgHierarchy"].([]any)) != 3 || r["orgHierarchy"].([]any)[2] != "jo" {
		t.Errorf("jo's row %v", r)
	}
	cols := g.Prop("options").(map[string]any)["columnDefs"].([]any)
	group := cols[0].(map[string]any)
	if group["headerName"] != "Group" || group["valueGetter"] != `data.orgHierarchy.join(" / ")` {
		t.Errorf("the Group column %v", group)
	}
	if len(cols) != 3 || cols[1].(map[string]any)["headerName"] != "job title" || cols[2].(map[string]any)["field"] != "employmentType" {
		t.Errorf("columns %v", cols)
	}
}
