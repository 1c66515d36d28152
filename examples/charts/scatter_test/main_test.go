package main

import (
	"math"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// Two scatter charts of the 63 points; the second has the regression line
// y = 3.414x + 19.994 from the smallest x to the largest.
func TestScatterWithRegression(t *testing.T) {
	p := jptest.Serve(t, scatterTest).Open("/")
	charts := p.All("jp-echart")
	if len(charts) != 2 {
		t.Fatalf("%d charts", len(charts))
	}
	for i, title := range []string{"Scatter Chart", "Scatter Chart with Regression"} {
		o := p.ChartOptions(charts[i])
		if got := o["title"].(map[string]any)["text"]; got != title {
			t.Errorf("chart %d: title %v, want %s", i, got, title)
		}
		series := o["series"].([]any)
		if len(series) != i+1 {
			t.Fatalf("%s: %d series", title, len(series))
		}
		points := series[0].(map[string]any)
		if points["type"] != "scatter" || len(points["data"].([]any)) != 63 {
			t.Errorf("%s: points %v", title, points)
		}
		if first := points["data"].([]any)[0].([]any); first[0] != 108.0 || first[1] != 392.5 {
			t.Errorf("%s: first point %v", title, first)
		}
	}
	o := p.ChartOptions(charts[1])
	line := o["series"].([]any)[1].(map[string]any)
	if line["name"] != "Regression, m: 3.414, b: 19.994" || line["type"] != "line" {
		t.Errorf("regression %v %v", line["type"], line["name"])
	}
	ends := line["data"].([]any)
	for i, x := range []float64{0, 124} {
		xy := ends[i].([]any)
		if xy[0] != x || math.Abs(xy[1].(float64)-(3.413823560066368*x+19.994485759114784)) > 1e-9 {
			t.Errorf("line end %d at %v", i, xy)
		}
	}
}
