// Command sine_test is JustPy's sine_test (charts tutorial: Creating
// Charts, "Chart Series"), ported to JustGo's ECharts chart: "Sines
// Galore", ten sine waves of frequencies 1 to 10 over -π to π, the series
// F1 to F10, each in its own colour, with a legend; clicking a name in the
// legend hides its series, and hovering over it highlights it.
//
// JustPy builds x with numpy.linspace and zips it with sin(f·x) into
// [x, y] pairs, one of the data formats Highcharts takes; ECharts takes
// the same pairs on a value x axis. Highcharts hides a line's markers when
// its points are dense; ECharts is told to (showSymbol).
package main

import (
	"fmt"
	"math"

	jp "github.com/justgo/justgo"
)

// linspace is numpy's: n evenly spaced numbers from start to stop.
func linspace(start, stop float64, n int) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = start + (stop-start)*float64(i)/float64(n-1)
	}
	return x
}

func sineTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	chart := jp.EChart(jp.M{
		"xAxis":   jp.M{"type": "value", "min": -math.Pi, "max": math.Pi},
		"yAxis":   jp.M{"type": "value"},
		"legend":  jp.M{"bottom": 0},
		"tooltip": jp.M{},
	}, jp.Classes("border m-2 p-2 w-3/4"), jp.Style("height: 400px"), jp.In(wp))
	o := chart.Options
	o["title"] = jp.M{"text": "Sines Galore", "left": "center"}
	x := linspace(-math.Pi, math.Pi, 201)
	var series []jp.M
	for frequency := 1; frequency <= 10; frequency++ {
		data := make([]any, len(x))
		for i, xi := range x {
			data[i] = []float64{xi, math.Sin(float64(frequency) * xi)}
		}
		series = append(series, jp.M{"name": fmt.Sprintf("F%d", frequency), "type": "line", "showSymbol": false, "data": data})
	}
	o["series"] = series
	return wp
}

func main() { jp.JustPy(sineTest) }
