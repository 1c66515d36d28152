package main

import (
	"encoding/json"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

// The chart shows the grid's rows; a sort asks the browser for the rows
// as it shows them.
func TestGridTest14(t *testing.T) {
	p := jptest.Serve(t, gridTest14).Open("/")
	c, g := p.All("jp-echart")[0], p.All("jp-aggrid")[0]
	rows := p.GridRows(g)
	if len(rows) != 20 || rows[0]["country"] != "Argentina" || rows[19]["country"] != "USA" {
		t.Fatalf("rows %v", rows)
	}
	o := p.ChartOptions(c)
	x := o["xAxis"].(map[string]any)["data"].([]any)
	if len(x) != 20 || x[0] != "Argentina" || x[19] != "USA" {
		t.Errorf("countries %v", x)
	}
	series := o["series"].([]any)
	if len(series) != 4 || series[0].(map[string]any)["name"] != "Beer_servings" || series[3].(map[string]any)["name"] != "Total_litres_of_pure_alcohol" {
		t.Errorf("series %v", series)
	}
	if beer := series[0].(map[string]any)["data"].([]any); beer[0] != rows[0]["beer_servings"] {
		t.Errorf("Argentina's beer %v, the grid's %v", beer[0], rows[0]["beer_servings"])
	}
	if title := o["title"].(map[string]any)["text"]; title != "Alcohol Consumption per Country" {
		t.Errorf("title %v", title)
	}

	p.Dispatch(g, "grid:sortChanged", map[string]any{"sort": []any{map[string]any{"colId": "beer_servings", "sort": "desc"}}})
	calls := p.Calls()
	if last := calls[len(calls)-1]; last.ID != g.Ref || last.Method != "jpRunAPI" || last.Args[0] != "getDataAsCsv" || last.RequestID != "grid data" {
		t.Errorf("the sort called %+v", last)
	}
	p.Dispatch(g, "grid:filterChanged", map[string]any{"filter": map[string]any{}})
	if n := len(p.Calls()); n != len(calls)+1 {
		t.Errorf("the filter made %d calls", n-len(calls))
	}
}

// The browser's answer, two countries sorted, redraws the chart with
// them, in that order; an answer that is not the grid's CSV is ignored.
func TestGridTest14Answer(t *testing.T) {
	d := newDrinksPage()
	answer := func(csv string) {
		js, _ := json.Marshal(csv)
		if err := d.gridData(d.wp, &jp.Msg{EventType: "result_ready", RequestID: "grid data", Result: js}); err != nil {
			t.Fatal(err)
		}
	}
	answer("\"Country\",\"Beer_servings\",\"Spirit_servings\",\"Wine_servings\",\"Total_litres_of_pure_alcohol\"\r\n" +
		"\"USA\",\"249\",\"158\",\"84\",\"8.7\"\r\n\"Namibia\",\"376\",\"3\",\"1\",\"6.8\"")
	x := d.c.Options["xAxis"].(jp.M)["data"].([]string)
	if len(x) != 2 || x[0] != "USA" || x[1] != "Namibia" {
		t.Fatalf("countries %v", x)
	}
	if beer := d.c.Options["series"].([]jp.M)[0]["data"].([]any); beer[1] != 376.0 {
		t.Errorf("Namibia's beer %v", beer)
	}
	answer("TypeError: the grid is gone")
	if x := d.c.Options["xAxis"].(jp.M)["data"].([]string); len(x) != 2 {
		t.Errorf("an error's message drew %v", x)
	}
}
