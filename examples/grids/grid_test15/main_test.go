package main

import (
	"encoding/json"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/frame"
	"github.com/justgo/justgo/jptest"
)

// Two pairs, each chart drawn from its grid's rows; a sort in the second
// grid asks for that grid's rows under that component's name.
func TestGridTest15(t *testing.T) {
	p := jptest.Serve(t, gridTest15).Open("/")
	charts, grids := p.All("jp-echart"), p.All("jp-aggrid")
	if len(charts) != 2 || len(grids) != 2 {
		t.Fatalf("%d charts, %d grids", len(charts), len(grids))
	}
	for i, want := range []struct {
		title, first string
		series       int
	}{{"Alcohol Consumption per Country", "Argentina", 4}, {"Bad Drivers per US State", "Alabama", 7}} {
		o := p.ChartOptions(charts[i])
		title := o["title"].(map[string]any)
		x := o["xAxis"].(map[string]any)["data"].([]any)
		if title["text"] != want.title || title["subtext"] != "538 data" || x[0] != want.first || len(o["series"].([]any)) != want.series {
			t.Errorf("chart %d: %v", i, o)
		}
		if rows := p.GridRows(grids[i]); len(rows) != len(x) {
			t.Errorf("chart %d has %d categories for %d rows", i, len(x), len(rows))
		}
	}
	if stack := p.ChartOptions(charts[0])["series"].([]any)[0].(map[string]any)["stack"]; stack != "normal" {
		t.Errorf("the alcohol chart's stack %v", stack)
	}
	if stack := p.ChartOptions(charts[1])["series"].([]any)[0].(map[string]any)["stack"]; stack != nil {
		t.Errorf("the bad drivers' chart is stacked: %v", stack)
	}
	component := p.Root().Kids[1]
	if !strings.Contains(component.Class, "flex flex-col") || !strings.Contains(component.Class, "border-4") {
		t.Errorf("the second component's classes %q", component.Class)
	}

	p.Dispatch(grids[1], "grid:sortChanged", map[string]any{"sort": []any{map[string]any{"colId": "State", "sort": "desc"}}})
	calls := p.Calls()
	if last := calls[len(calls)-1]; last.ID != grids[1].Ref || last.Args[0] != "getDataAsCsv" || last.RequestID != component.Ref {
		t.Errorf("the sort called %+v", last)
	}
}

// The answer, the states sorted by name descending, redraws the chart.
func TestGridTest15Answer(t *testing.T) {
	l := NewLinkedChartGrid(badDriversDF, 0, []int{1, 2, 3, 4, 5, 6, 7}, frame.PlotOptions{Kind: "column"})
	var b strings.Builder
	b.WriteString(`"` + strings.Join(l.df.Header, `","`) + `"`)
	for i := len(l.df.Rows) - 1; i >= 0; i-- {
		b.WriteString("\r\n\"" + strings.Join(l.df.Rows[i], `","`) + `"`)
	}
	js, _ := json.Marshal(b.String())
	if err := l.gridData(&jp.Msg{RequestID: l.Ref(), Result: js}); err != nil {
		t.Fatal(err)
	}
	x := l.chart.Options["xAxis"].(jp.M)["data"].([]string)
	if len(x) != 12 || x[0] != "Wyoming" || x[11] != "Alabama" {
		t.Errorf("states %v", x)
	}
}
