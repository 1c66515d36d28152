package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// Every column is editable and the second has the selection checkboxes;
// an edit reaches the server's row.
func TestGridTest7(t *testing.T) {
	p := jptest.Serve(t, gridTest7).Open("/")
	g := p.All("jp-aggrid")[0]
	opts := g.Prop("options").(map[string]any)
	cols := opts["columnDefs"].([]any)
	for i, c := range cols {
		c := c.(map[string]any)
		if c["editable"] != true {
			t.Errorf("column %v is not editable", c["field"])
		}
		if (c["checkboxSelection"] == true) != (i == 1) {
			t.Errorf("column %v: checkboxSelection %v", c["field"], c["checkboxSelection"])
		}
	}
	if sel := opts["grid"].(map[string]any)["rowSelection"]; sel != "multiple" {
		t.Errorf("rowSelection %v", sel)
	}
	p.EditCell(g, 1, "model", "Focus")
	p.EditCell(g, 1, "price", 21000)
	if calls := p.Calls(); len(calls) != 0 {
		t.Errorf("the edits came back: %v", calls)
	}
}
