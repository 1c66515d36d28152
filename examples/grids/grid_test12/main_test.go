package main

import (
	"fmt"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// Ticking a year shows its chart; unticking it hides the chart.
func TestGridTest12(t *testing.T) {
	p := jptest.Serve(t, gridTest12).Open("/")
	c := p.All("jp-echart")[0]
	g := p.All("jp-aggrid")[0]
	if !c.Hidden {
		t.Error("the chart shows before a row is ticked")
	}
	p.SelectRows(g, 2)
	if c.Hidden {
		t.Fatal("the chart is hidden after a row was ticked")
	}
	o := p.ChartOptions(c)
	if title := fmt.Sprint(o["title"]); title != "map[text:1972 - Percent Women in Major]" {
		t.Errorf("title %s", title)
	}
	x := o["xAxis"].(map[string]any)["data"].([]any)
	if len(x) != 8 || x[0] != "Agriculture" || x[7] != "Psychology" {
		t.Errorf("categories %v", x)
	}
	s := o["series"].([]any)[0].(map[string]any)
	row := p.GridRow(g, 2)
	if data := s["data"].([]any); len(data) != 8 || data[0] != row["Agriculture"] || data[7] != row["Psychology"] {
		t.Errorf("series %v for row %v", s, row)
	}
	if s["name"] != "1972" || s["type"] != "bar" || s["label"].(map[string]any)["show"] != true {
		t.Errorf("series %v", s)
	}

	p.SelectRows(g, 5)
	p.Dispatch(g, "grid:rowSelected", map[string]any{"rowId": "2", "selected": false})
	if c.Hidden {
		t.Error("unticking a row the chart does not show hid it")
	}
	p.Dispatch(g, "grid:rowSelected", map[string]any{"rowId": "5", "selected": false})
	if !c.Hidden {
		t.Error("the chart shows after its row was unticked")
	}
}
