package main

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/examples/charts/internal/tooltip/tooltiptest"
	"github.com/justgo/justgo/jptest"
)

// The second chart's tooltip is the server's: the series' name in the
// point's colour, the month, x and y; what came from the browser is
// escaped.
func TestTooltipFromThePoint(t *testing.T) {
	p := jptest.Serve(t, chartTest2).Open("/")
	charts := p.All("jp-echart")
	if len(charts) != 2 {
		t.Fatalf("%d charts", len(charts))
	}
	for i, sub := range []string{"Default Tooltip", "Custom Tooltip"} {
		title := p.ChartOptions(charts[i])["title"].(map[string]any)
		if title["text"] != "Tourists in Middle Earth" || title["subtext"] != sub {
			t.Errorf("chart %d: title %v", i, title)
		}
	}
	got, _ := tooltiptest.Ask(t, p, charts[1], map[string]any{"x": 2, "y": 106.4, "category": "Mar", "color": "#5470c6",
		"series_name": "Tourists in '000", "series_index": 0, "point_index": 2}).(string)
	for _, want := range []string{`<div style="color: #5470c6;">Tourists in &#39;000</div>`, "<div>Mar</div>", "<div>x: 2 y: 106.4</div>"} {
		if !strings.Contains(got, want) {
			t.Errorf("tooltip %q lacks %q", got, want)
		}
	}
	got, _ = tooltiptest.Ask(t, p, charts[1], map[string]any{"x": 0, "y": 1, "category": "<b>", "color": "red",
		"series_name": "s", "series_index": 0, "point_index": 0}).(string)
	if !strings.Contains(got, "<div>&lt;b&gt;</div>") {
		t.Errorf("tooltip %q: the category is not escaped", got)
	}
}

// The tooltip sits 80 pixels above the mouse and 55 to its left.
func TestTooltipPosition(t *testing.T) {
	p := jptest.Serve(t, chartTest2).Open("/")
	tip := p.ChartOptions(p.All("jp-echart")[1])["tooltip"].(map[string]any)
	if tip["position"] != "function (p) { return [p[0] + -55, p[1] - 80]; }" {
		t.Errorf("position %v", tip["position"])
	}
}
