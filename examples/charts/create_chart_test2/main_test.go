package main

import (
	"fmt"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// Four charts of the same fruit, one of each type, each titled after it.
func TestChartTypes(t *testing.T) {
	p := jptest.Serve(t, createChartTest2).Open("/")
	charts := p.All("jp-echart")
	if len(charts) != 4 {
		t.Fatalf("%d charts, want 4", len(charts))
	}
	want := []struct{ title, subtitle, series, categoryAxis string }{
		{"Chart of Type Bar", "Subtitle Bar", "bar <nil>", "yAxis"},
		{"Chart of Type Column", "Subtitle Column", "bar <nil>", "xAxis"},
		{"Chart of Type Line", "Subtitle Line", "line <nil>", "xAxis"},
		{"Chart of Type Spline", "Subtitle Spline", "line true", "xAxis"},
	}
	for i, w := range want {
		o := p.ChartOptions(charts[i])
		title := o["title"].(map[string]any)
		if title["text"] != w.title || title["subtext"] != w.subtitle {
			t.Errorf("chart %d: title %v, subtitle %v; want %s, %s", i, title["text"], title["subtext"], w.title, w.subtitle)
		}
		for _, s := range o["series"].([]any) {
			s := s.(map[string]any)
			if got := fmt.Sprint(s["type"], " ", s["smooth"]); got != w.series {
				t.Errorf("%s: series %v is %s, want %s", w.title, s["name"], got, w.series)
			}
		}
		if got := fmt.Sprint(o[w.categoryAxis].(map[string]any)["data"]); got != "[Apples Bananas Oranges]" {
			t.Errorf("%s: %s has %s, want the fruits", w.title, w.categoryAxis, got)
		}
		if got := fmt.Sprint(o["series"].([]any)[1].(map[string]any)["data"]); got != "[5 7 3]" {
			t.Errorf("%s: John's %s", w.title, got)
		}
	}
}
