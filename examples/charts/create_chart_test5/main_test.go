package main

import (
	"fmt"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func series(p *jptest.Page) map[string]any {
	return p.ChartOptions(p.All("jp-echart")[0])["series"].([]any)[0].(map[string]any)
}

// Each name shows its definition, at both addresses; another name, or
// none, shows item.
func TestChartsByName(t *testing.T) {
	srv := jptest.New(t, newApp(jp.DefaultConfig()))
	for _, c := range []struct{ path, title, kind string }{
		{"/demo/create_chart_test5/org", "Org Chart", "tree"},
		{"/demo/create_chart_test5/bubbles", "Carbon emissions around the world (2014)", "graph"},
		{"/demo/create_chart_test5/item", "Item chart", "pie"},
		{"/demo/create_chart_test5/timeline", "Timeline of Space Exploration", "line"},
		{"/demo/create_chart_test5/states", "U.S. states by population in 2016", "heatmap"},
		{"/demo/create_chart_test5/browsers", "Browser market shares. January, 2018", "pie"},
		{"/demo/create_chart_test5/wheel", "Dependency Wheel", "chord"},
		{"/bubbles", "Carbon emissions around the world (2014)", "graph"},
		{"/demo/create_chart_test5/nothing", "Item chart", "pie"},
		{"/", "Item chart", "pie"},
	} {
		p := srv.Open(c.path)
		o := p.ChartOptions(p.All("jp-echart")[0])
		if got := o["title"].(map[string]any)["text"]; got != c.title {
			t.Errorf("%s: title %v, want %s", c.path, got, c.title)
		}
		if got := series(p)["type"]; got != c.kind {
			t.Errorf("%s: a %v, want a %s", c.path, got, c.kind)
		}
		if _, ok := o["drilldown"]; ok {
			t.Errorf("%s: drilldown went to ECharts", c.path)
		}
	}
	p := srv.Open("/item")
	var seats []string
	for _, d := range series(p)["data"].([]any) {
		d := d.(map[string]any)
		seats = append(seats, fmt.Sprint(d["label"].(map[string]any)["formatter"], " ", d["value"]))
	}
	if got := fmt.Sprint(seats); got != "[DIE LINKE 69 SPD 153 GRÜNE 67 FDP 80 CDU 200 CSU 46 AfD 94]" {
		t.Errorf("seats %s", got)
	}
}

// Clicking Firefox shows its versions; Back shows the browsers again.
func TestBrowsersDrillDown(t *testing.T) {
	p := jptest.New(t, newApp(jp.DefaultConfig())).Open("/browsers")
	chart := p.All("jp-echart")[0]
	if s := series(p); s["name"] != "Browsers" || len(s["data"].([]any)) != 7 {
		t.Fatalf("series %v", s)
	}
	p.ShouldNotSee("Back to Browsers")
	p.ClickPoint(chart, "Browsers", 1) // Firefox
	s := series(p)
	if s["name"] != "Firefox" || len(s["data"].([]any)) != 10 || s["id"] != nil {
		t.Errorf("after clicking Firefox: %v %v points, id %v", s["name"], len(s["data"].([]any)), s["id"])
	}
	p.ClickPoint(chart, "Firefox", 0) // no deeper
	if series(p)["name"] != "Firefox" {
		t.Errorf("a version drilled into %v", series(p)["name"])
	}
	p.Click(p.ByRole("button", "◁ Back to Browsers"))
	if s := series(p); s["name"] != "Browsers" || len(s["data"].([]any)) != 7 {
		t.Errorf("back: %v", s["name"])
	}
	p.ShouldNotSee("Back to Browsers")
	p.ClickPoint(chart, "Browsers", 6) // Other: no versions
	if series(p)["name"] != "Browsers" {
		t.Errorf("Other drilled into %v", series(p)["name"])
	}
}
