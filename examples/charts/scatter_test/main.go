// Command scatter_test is JustPy's scatter_test (charts tutorial: Chart
// Custom Components, "Scatter with Regression"), ported to JustGo's
// ECharts chart: two scatter charts of the same 63 points, one under the
// other, "Scatter Chart" and "Scatter Chart with Regression"; the second
// also draws the least-squares line through them, named in the legend
// "Regression, m: 3.414, b: 19.994". Each chart zooms into a rectangle the
// person drags (the toolbox's zoom button) and back.
//
// JustPy's Scatter comes with JustPy and ScatterWithRegression inherits
// from it; JustGo has no such component, so Scatter here is JustPy's,
// written over the chart, and ScatterWithRegression embeds it, adding a
// series as JustPy's does. Highcharts' zoomType "xy" is ECharts' toolbox
// dataZoom (a rectangle to zoom into); a line without markers or mouse
// tracking is ECharts' showSymbol false and silent. JustPy's page uses the
// Highcharts theme grid-light; ECharts' default look has grid lines
// already.
package main

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
)

// Scatter is JustPy's Scatter: a scatter chart of the points (x[i], y[i]).
type Scatter struct {
	*chart.EChart
}

func scatterOptions() jp.M {
	return jp.M{
		"title":   jp.M{"text": "Scatter Chart", "left": "center"},
		"toolbox": jp.M{"feature": jp.M{"dataZoom": jp.M{}, "restore": jp.M{}}}, // zoomType: 'xy'
		"tooltip": jp.M{},
		"legend":  jp.M{"bottom": 0},
		"xAxis":   jp.M{"type": "value", "name": "x", "nameLocation": "middle", "nameGap": 25},
		"yAxis":   jp.M{"type": "value", "name": "y"},
		"series":  []jp.M{},
	}
}

func NewScatter(x, y []float64, opts ...jp.Opt) *Scatter {
	s := &Scatter{EChart: jp.EChart(scatterOptions(), opts...)}
	var data []any
	for i := range min(len(x), len(y)) {
		data = append(data, []float64{x[i], y[i]})
	}
	s.Options["series"] = append(s.Options["series"].([]jp.M), jp.M{"type": "scatter", "data": data})
	return s
}

// ScatterWithRegression is a Scatter with the regression line of its
// points.
type ScatterWithRegression struct {
	*Scatter
}

func NewScatterWithRegression(x, y []float64, opts ...jp.Opt) *ScatterWithRegression {
	sr := &ScatterWithRegression{Scatter: NewScatter(x, y, opts...)}
	n := float64(len(x))
	var sumX, sumY, sumXY, sumXX float64
	for i := range x {
		sumX += x[i]
		sumY += y[i]
		sumXY += x[i] * y[i]
		sumXX += x[i] * x[i]
	}
	m := (n*sumXY - sumX*sumY) / (n*sumXX - sumX*sumX)
	b := (sumY - m*sumX) / n
	s := jp.M{} // The new series
	s["type"] = "line"
	s["showSymbol"] = false // marker.enabled = False
	s["silent"] = true      // enableMouseTracking = False
	s["tooltip"] = jp.M{"show": false}
	lo, hi := slices.Min(x), slices.Max(x)
	s["data"] = []any{[]float64{lo, m*lo + b}, []float64{hi, m*hi + b}}
	s["name"] = fmt.Sprintf("Regression, m: %s, b: %s", round(m, 3), round(b, 3))
	sr.Options["series"] = append(sr.Options["series"].([]jp.M), s)
	return sr
}

// round is Python's round(v, digits), printed as Python prints it.
func round(v float64, digits int) string {
	p := math.Pow(10, float64(digits))
	return strconv.FormatFloat(math.Round(v*p)/p, 'f', -1, 64)
}

func scatterTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	x := []float64{108, 19, 13, 124, 40, 57, 23, 14, 45, 10, 5, 48, 11, 23, 7, 2, 24, 6, 3, 23, 6, 9, 9, 3, 29, 7, 4, 20, 7, 4, 0, 25, 6, 5, 22, 11, 61, 12, 4, 16, 13, 60, 41, 37, 55, 41, 11, 27, 8, 3, 17, 13, 13, 15, 8, 29, 30, 24, 9, 31, 14, 53, 26}
	y := []float64{392.5, 46.2, 15.7, 422.2, 119.4, 170.9, 56.9, 77.5, 214, 65.3, 20.9, 248.1, 23.5, 39.6, 48.8, 6.6, 134.9, 50.9, 4.4, 113, 14.8, 48.7, 52.1, 13.2, 103.9, 77.5, 11.8, 98.1, 27.9, 38.1, 0, 69.2, 14.6, 40.3, 161.5, 57.2, 217.6, 58.1, 12.6, 59.6, 89.9, 202.4, 181.3, 152.8, 162.8, 73.4, 21.3, 92.6, 76.1, 39.9, 142.1, 93, 31.9, 32.1, 55.6, 133.3, 194.5, 137.9, 87.4, 209.8, 95.5, 244.6, 187.5}
	NewScatter(x, y, jp.Classes("m-2 w-1/2 border"), jp.Style("height: 300px"), jp.In(wp))
	sr := NewScatterWithRegression(x, y, jp.Classes("m-2 w-1/2 border"), jp.Style("height: 300px"), jp.In(wp))
	sr.Options["title"] = jp.M{"text": "Scatter Chart with Regression", "left": "center"}
	return wp
}

func main() { jp.JustPy(scatterTest) }
