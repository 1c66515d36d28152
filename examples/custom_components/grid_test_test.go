package customcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

// A sort asks the browser for the grid's rows; its answer redraws that
// grid's chart, not the other's.
func TestGridTest(t *testing.T) {
	p := catalogtest.Open(t, GridTest)
	charts, grids := p.All("jp-echart"), p.All("jp-aggrid")
	if len(charts) != 2 || len(grids) != 2 {
		t.Fatalf("%d charts, %d grids", len(charts), len(grids))
	}
	countries := func() []any { return p.ChartOptions(charts[0])["xAxis"].(map[string]any)["data"].([]any) }
	before := countries()
	if rows := p.GridRows(grids[0]); len(before) != len(rows) || before[0] != rows[0]["country"] {
		t.Fatalf("the chart's countries %v, the grid's first %v", before, rows[0])
	}
	if s := p.ChartOptions(charts[0])["series"].([]any)[0].(map[string]any); s["stack"] != "normal" {
		t.Errorf("the drinks are not stacked: %v", s)
	}
	if title := p.ChartOptions(charts[1])["title"].(map[string]any)["text"]; title != "Bad Drivers per US State" {
		t.Errorf("the second chart: %v", title)
	}
	if n := len(p.ChartOptions(charts[1])["series"].([]any)); n != 7 {
		t.Errorf("the second chart has %d series", n)
	}

	p.Dispatch(grids[0], "grid:sortChanged", map[string]any{"sort": []any{map[string]any{"colId": "beer_servings", "sort": "desc"}}})
	calls := p.Calls()
	last := calls[len(calls)-1]
	if last.ID != grids[0].Ref || last.Args[0] != "getDataAsCsv" {
		t.Fatalf("the sort called %+v", last)
	}
	secondChart := p.ChartOptions(charts[1])["xAxis"]
	p.Answer(last.RequestID, "\"Country\",\"Beer_servings\",\"Spirit_servings\",\"Wine_servings\",\"Total_litres_of_pure_alcohol\"\r\n"+
		"\"USA\",\"249\",\"158\",\"84\",\"8.7\"\r\n\"Namibia\",\"376\",\"3\",\"1\",\"6.8\"")
	if x := countries(); len(x) != 2 || x[0] != "USA" || x[1] != "Namibia" {
		t.Errorf("after the answer: %v", x)
	}
	if x := p.ChartOptions(charts[1])["xAxis"]; len(x.(map[string]any)["data"].([]any)) != len(secondChart.(map[string]any)["data"].([]any)) {
		t.Errorf("the other chart changed: %v", x)
	}
	p.Answer(last.RequestID, "TypeError: no grid") // not the CSV: nothing changes
	if x := countries(); len(x) != 2 {
		t.Errorf("after an error: %v", x)
	}
}
