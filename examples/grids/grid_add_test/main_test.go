package main

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// The rows are 200 pixels high and the Price column holds the HTML; the
// script that renders it names the grid and the column.
func TestGridAddTest(t *testing.T) {
	p := jptest.Serve(t, gridAddTest).Open("/")
	g := p.ByID("cars")
	if g.Tag != "jp-aggrid" {
		t.Fatalf("#cars is a <%s>", g.Tag)
	}
	opts := g.Prop("options").(map[string]any)
	if h := opts["grid"].(map[string]any)["rowHeight"]; h != 200.0 {
		t.Errorf("rowHeight %v", h)
	}
	rows := p.GridRows(g)
	if len(rows) != 3 || rows[0]["price"] != 4.0 || rows[1]["price"] != `<div class="m-2 text-red-500 text-5xl">3</div>` || !strings.HasPrefix(rows[2]["price"].(string), "<svg") {
		t.Errorf("rows %v", rows)
	}
	if cols := opts["columnDefs"].([]any); len(cols) != 3 || cols[2].(map[string]any)["field"] != "price" {
		t.Errorf("columns %v", cols)
	}
	js := htmlColumns("cars", 2)
	if !strings.Contains(js, `document.getElementById("cars")`) || !strings.Contains(js, "[2].forEach") {
		t.Errorf("the script:\n%s", js)
	}
	if strings.Contains(picture, "src=") || strings.Contains(picture, "href=") {
		t.Error("the picture fetches something")
	}
}
