package main

import (
	"math"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// Each chart has its sample as dots and, on the other axes, the bins
// Highcharts would draw: √n of them, rounded up, of equal width, whose
// counts are the sample's.
func TestHistograms(t *testing.T) {
	p := jptest.Serve(t, histogramTest).Open("/")
	charts := p.All("jp-echart")
	if len(charts) != 2 {
		t.Fatalf("%d charts", len(charts))
	}
	for i, w := range []struct {
		title, axis string
		n, bins     int
		color       any
	}{
		{"Uniform Distribution Histogram", "MyHistogram", 100, 10, "#FF530D"},
		{"Normal Distribution Histogram", "Histogram", 1000, 32, nil},
	} {
		o := p.ChartOptions(charts[i])
		if got := o["title"].(map[string]any)["text"]; got != w.title {
			t.Errorf("chart %d: title %v", i, got)
		}
		if got := o["xAxis"].([]any)[1].(map[string]any)["name"]; got != w.axis {
			t.Errorf("%s: the bins' axis is %v, want %s", w.title, got, w.axis)
		}
		series := o["series"].([]any)
		hist, dots := series[0].(map[string]any), series[1].(map[string]any)
		if hist["color"] != w.color || hist["xAxisIndex"] != 1.0 || hist["yAxisIndex"] != 1.0 {
			t.Errorf("%s: histogram series %v", w.title, hist)
		}
		var values []float64
		for j, d := range dots["data"].([]any) {
			xy := d.([]any)
			if xy[0] != float64(j) {
				t.Fatalf("%s: dot %d at x %v", w.title, j, xy[0])
			}
			values = append(values, xy[1].(float64))
		}
		if len(values) != w.n {
			t.Fatalf("%s: %d dots, want %d", w.title, len(values), w.n)
		}
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, v := range values {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
			if i == 0 && (v != math.Trunc(v) || v < 0 || v > 9) {
				t.Errorf("uniform value %v", v)
			}
		}
		bins := hist["data"].([]any)
		if len(bins) != w.bins {
			t.Fatalf("%s: %d bins, want %d", w.title, len(bins), w.bins)
		}
		width := (hi - lo) / float64(w.bins)
		for j, b := range bins {
			xy := b.([]any)
			from, to := lo+float64(j)*width, lo+float64(j+1)*width
			if math.Abs(xy[0].(float64)-(from+to)/2) > 1e-9 {
				t.Errorf("%s: bin %d centred at %v, want %v", w.title, j, xy[0], (from+to)/2)
			}
			count := 0
			for _, v := range values {
				if v >= from && (v < to || j == w.bins-1) {
					count++
				}
			}
			if xy[1] != float64(count) {
				t.Errorf("%s: bin %d [%v, %v) counts %v, want %d", w.title, j, from, to, xy[1], count)
			}
		}
	}
}
