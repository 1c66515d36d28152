package main

import (
	"fmt"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// Three charts of the five sectors from 2010, each with its kind of
// tooltip.
func TestThreeTooltips(t *testing.T) {
	p := jptest.Serve(t, toolTipDemo1).Open("/")
	p.ShouldSee("Charts with default ECharts tooltip")
	charts := p.All("jp-echart")
	if len(charts) != 3 {
		t.Fatalf("%d charts", len(charts))
	}
	for i, w := range []struct{ title, tooltip string }{
		{"Simple Tooltip", "map[trigger:item]"},
		{"Shared Tooltip", "map[trigger:axis]"},
		{"Split Tooltip", "map[axisPointer:map[type:cross] trigger:axis]"},
	} {
		o := p.ChartOptions(charts[i])
		title := o["title"].(map[string]any)
		if title["text"] != w.title || title["subtext"] != "JustPy Tooltip Demo" {
			t.Errorf("chart %d: title %v", i, title)
		}
		if got := fmt.Sprint(o["tooltip"]); got != w.tooltip {
			t.Errorf("%s: tooltip %s, want %s", w.title, got, w.tooltip)
		}
		var names []string
		for _, s := range o["series"].([]any) {
			names = append(names, s.(map[string]any)["name"].(string))
		}
		if got := fmt.Sprint(names); got != "[Installation Manufacturing Sales & Distribution Project Development Other]" {
			t.Errorf("%s: series %s", w.title, got)
		}
		pd := o["series"].([]any)[3].(map[string]any)["data"].([]any)
		if got := fmt.Sprint(pd[0], pd[2], pd[7]); got != "[2010 <nil>] [2012 7988] [2017 34227]" {
			t.Errorf("%s: Project Development %s", w.title, got)
		}
	}
}
