package main

import (
	"fmt"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// The title and the series' name the program set after making the chart,
// and no formatter.
func TestTouristsInMiddleEarth(t *testing.T) {
	p := jptest.Serve(t, createChartTest4).Open("/")
	o := p.ChartOptions(p.All("jp-echart")[0])
	if got := o["title"].(map[string]any)["text"]; got != "Tourists in Middle Earth" {
		t.Errorf("title %v", got)
	}
	s := o["series"].([]any)[0].(map[string]any)
	if s["name"] != "'Tourists in '000'" {
		t.Errorf("series name %v", s["name"])
	}
	if got := fmt.Sprint(s["data"]); got != "[29.9 71.5 106.4 129.2 144 176 135.6 148.5 216.4 194.1 95.6 54.4]" {
		t.Errorf("data %s", got)
	}
	if f, ok := o["tooltip"].(map[string]any)["formatter"]; ok {
		t.Errorf("a formatter %v", f)
	}
}
