package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// The Model column's cells have the Tailwind classes; every column is
// editable.
func TestGridTest8(t *testing.T) {
	p := jptest.Serve(t, gridTest8).Open("/")
	g := p.All("jp-aggrid")[0]
	cols := g.Prop("options").(map[string]any)["columnDefs"].([]any)
	model := cols[1].(map[string]any)
	if model["field"] != "model" {
		t.Fatalf("column 1 is %v", model)
	}
	classes, _ := model["cellClass"].([]any)
	if len(classes) != 3 || classes[0] != "text-2xl" || classes[1] != "text-red-500" || classes[2] != "hover:bg-blue-500" {
		t.Errorf("cellClass %v", model["cellClass"])
	}
	for _, c := range cols {
		if c.(map[string]any)["editable"] != true {
			t.Errorf("%v is not editable", c)
		}
	}
	if cols[0].(map[string]any)["cellClass"] != nil {
		t.Errorf("Make has classes %v", cols[0])
	}
}
