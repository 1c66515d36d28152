package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/justgo/justgo/examples/charts/internal/tooltip/tooltiptest"
	"github.com/justgo/justgo/jptest"
)

var points = []any{
	map[string]any{"x": 2013, "y": 69658, "color": "#5470c6", "series_name": "Installation", "series_index": 0, "point_index": 3},
	map[string]any{"x": 2013, "y": 29851, "color": "#91cc75", "series_name": "Manufacturing", "series_index": 1, "point_index": 3},
}

// Six charts: the first three with ECharts' tooltips, the last three with
// the server's, each computed from what the browser sent.
func TestFormatterExamples(t *testing.T) {
	p := jptest.Serve(t, toolTipDemo2).Open("/")
	p.ShouldSee("Charts with default ECharts tooltip")
	p.ShouldSee("Charts with user defined tooltip formatter functions")
	charts := p.All("jp-echart")
	if len(charts) != 6 {
		t.Fatalf("%d charts", len(charts))
	}
	for i, title := range []string{"Simple Tooltip", "Shared Tooltip", "Split Tooltip",
		"Simple Tooltip - Formatter Example", "Shared Tooltip - Formatter Example", "Split Tooltip - Formatter Example"} {
		if got := p.ChartOptions(charts[i])["title"].(map[string]any)["text"]; got != title {
			t.Errorf("chart %d: title %v, want %s", i, got, title)
		}
		if charts[i].Listens("chart:tooltip") != (i >= 3) {
			t.Errorf("%s: listens for tooltips %v", title, !(i >= 3))
		}
	}

	simple := tooltiptest.Ask(t, p, charts[3], points[0].(map[string]any)).(string)
	for _, want := range []string{`<div class="text-red-500">`, `<span style="color: #5470c6">&#x25CF;&nbsp;</span>Installation`,
		"<div>Year: 2013</div>", "<div>Number of employees: 69,658</div>"} {
		if !strings.Contains(simple, want) {
			t.Errorf("simple tooltip %q lacks %q", simple, want)
		}
	}

	shared := tooltiptest.Ask(t, p, charts[4], map[string]any{"x": 2013, "points": points}).(string)
	for _, want := range []string{`<div class="text-white bg-blue-400">`, "Year: 2013",
		"&#x25CF; Installation</span> <span>Number of employees: 69,658", "&#x25CF; Manufacturing</span> <span>Number of employees: 29,851"} {
		if !strings.Contains(shared, want) {
			t.Errorf("shared tooltip %q lacks %q", shared, want)
		}
	}

	split, _ := tooltiptest.Ask(t, p, charts[5], map[string]any{"x": 2013, "points": points}).([]any)
	if len(split) != 3 || split[0] != "The x value is 2013" ||
		!strings.Contains(fmt.Sprint(split[1]), "<span>Installation</span> <span>Year: 2013</span> <span>Number of employees: 69,658</span>") ||
		!strings.Contains(fmt.Sprint(split[2]), "<span>Manufacturing</span>") {
		t.Errorf("split tooltip %q", split)
	}
}

func TestThousands(t *testing.T) {
	for v, want := range map[float64]string{0: "0", 999: "999", 1000: "1,000", 154175: "154,175", 1234567.5: "1,234,567.5", -43934: "-43,934"} {
		if got := thousands(v); got != want {
			t.Errorf("thousands(%v) = %s, want %s", v, got, want)
		}
	}
}
