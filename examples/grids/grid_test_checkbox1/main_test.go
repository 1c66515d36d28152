package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// Enabled is drawn as editable checkboxes; a tick changes the server's
// row.
func TestGridTestCheckbox1(t *testing.T) {
	p := jptest.Serve(t, gridTestCheckbox1).Open("/")
	g := p.All("jp-aggrid")[0]
	cols := g.Prop("options").(map[string]any)["columnDefs"].([]any)
	enabled := cols[3].(map[string]any)
	if enabled["field"] != "enabled" || enabled["headerName"] != "Enabled" || enabled["cellRenderer"] != "agCheckboxCellRenderer" || enabled["editable"] != true {
		t.Errorf("the Enabled column %v", enabled)
	}
	if rows := p.GridRows(g); rows[0]["enabled"] != false || rows[1]["enabled"] != true || rows[2]["enabled"] != false {
		t.Errorf("rows %v", rows)
	}
	p.EditCell(g, 2, "enabled", true)
	p.ShouldSee("Porsche Boxter: enabled is true")
	p.EditCell(g, 1, "enabled", false)
	p.ShouldSee("Ford Mondeo: enabled is false")
}
