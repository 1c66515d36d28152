package main

import (
	"testing"

	"github.com/justgo/justgo/examples/charts/internal/tooltip/tooltiptest"
	"github.com/justgo/justgo/jptest"
)

// The first chart keeps ECharts' tooltip; the second asks the server,
// which answers "My tooltip!".
func TestCustomTooltip(t *testing.T) {
	p := jptest.Serve(t, chartTest1).Open("/")
	charts := p.All("jp-echart")
	if len(charts) != 2 {
		t.Fatalf("%d charts", len(charts))
	}
	for i, sub := range []string{"Default Tooltip", "Custom Tooltip"} {
		o := p.ChartOptions(charts[i])
		title := o["title"].(map[string]any)
		if title["text"] != "Tourists in Middle Earth" || title["subtext"] != sub {
			t.Errorf("chart %d: title %v", i, title)
		}
		_, custom := o["tooltip"].(map[string]any)["formatter"]
		if custom != (i == 1) || charts[i].Listens("chart:tooltip") != (i == 1) {
			t.Errorf("%s: a formatter %v, listens %v", sub, custom, charts[i].Listens("chart:tooltip"))
		}
	}
	got := tooltiptest.Ask(t, p, charts[1], map[string]any{"x": 2, "y": 106.4, "category": "Mar", "color": "#5470c6",
		"series_name": "Tourists in '000", "series_index": 0, "point_index": 2})
	if got != "<div>My tooltip!</div>" {
		t.Errorf("tooltip %v", got)
	}
}
