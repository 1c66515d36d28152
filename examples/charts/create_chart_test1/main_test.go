package main

import (
	"fmt"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// The page draws what JustPy's tutorial shows: the title, the three
// fruits as categories and Jane's and John's bars.
func TestFruitConsumption(t *testing.T) {
	p := jptest.Serve(t, createChartTest1).Open("/")
	charts := p.All("jp-echart")
	if len(charts) != 1 {
		t.Fatalf("%d charts, want 1", len(charts))
	}
	o := p.ChartOptions(charts[0])
	if got := fmt.Sprint(o["title"].(map[string]any)["text"]); got != "Fruit Consumption" {
		t.Errorf("title %q", got)
	}
	if got := fmt.Sprint(o["yAxis"].(map[string]any)["data"]); got != "[Apples Bananas Oranges]" {
		t.Errorf("categories %s", got)
	}
	var series []string
	for _, s := range o["series"].([]any) {
		s := s.(map[string]any)
		series = append(series, fmt.Sprint(s["type"], " ", s["name"], " ", s["data"]))
	}
	if got, want := fmt.Sprint(series), "[bar Jane [1 0 4] bar John [5 7 3]]"; got != want {
		t.Errorf("series %s, want %s", got, want)
	}
}
