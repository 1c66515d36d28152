// Command histogram_test is JustPy's histogram_test (charts tutorial:
// Chart Custom Components, "Histogram Component"), ported to JustGo's
// ECharts chart: two charts, one under the other, each of a sample drawn
// afresh for each visit. "Uniform Distribution Histogram" has 100 whole
// numbers from 0 to 9, "Normal Distribution Histogram" 1000 numbers from
// the standard normal distribution; each shows the numbers as dots (index
// across, value up, on the bottom and left axes, "Data") and behind them
// the histogram of the values (bins across, counts up, on the top and
// right axes), orange on the first chart.
//
// Highcharts computes a histogram series in the browser from a base series
// (baseSeries: 's1'); ECharts has no histogram series, so the server
// computes the bins, as Highcharts does by default: the square root of the
// number of points, rounded up, of equal width from the smallest value to
// the largest. The bins are a bar series on the second x and y axes
// (Highcharts' xAxis: 1, yAxis: 1, opposite), its bars a bin wide. The
// first chart's Histogram is the tutorial's own class; the second uses
// jp.Histogram, the one that comes with JustPy, which JustGo does not
// have: justpyHistogramOptions are its options (axes titled "Histogram",
// the default colour).
package main

import (
	"math"
	"math/rand/v2"
	"slices"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
)

// Histogram is a chart of data and its histogram.
type Histogram struct {
	*chart.EChart
}

func histogramOptions() jp.M {
	return jp.M{
		"title": jp.M{
			"text": "Highcharts Histogram",
			"left": "center",
		},
		"tooltip": jp.M{},
		"xAxis": []jp.M{{
			"type": "value", "name": "Data", "nameLocation": "middle", "nameGap": 25,
		}, {
			"type": "value", "name": "MyHistogram", "position": "top", "nameLocation": "middle", "nameGap": 25,
			"axisLabel": jp.M{"showMinLabel": false, "showMaxLabel": false}, // the data's min and max, unrounded
		}},
		"yAxis": []jp.M{{
			"type": "value", "name": "Data",
		}, {
			"type": "value", "name": "MyHistogram", "position": "right",
		}},
		"series": []jp.M{{
			"name":       "Histogram",
			"type":       "bar",
			"xAxisIndex": 1,
			"yAxisIndex": 1,
			"z":          1, // zIndex: -1, behind the dots
			"color":      "#FF530D",
			"barWidth":   "99%", // a bin wide: ECharts' band on a value axis is the gap between points
		}, {
			"name":       "Data",
			"type":       "scatter",
			"data":       []any{},
			"id":         "s1",
			"symbolSize": 3, // marker.radius: 1.5
		}},
	}
}

// justpyHistogramOptions are those of the Histogram that comes with
// JustPy (jp.Histogram).
func justpyHistogramOptions() jp.M {
	o := histogramOptions()
	o["xAxis"].([]jp.M)[1]["name"] = "Histogram"
	o["yAxis"].([]jp.M)[1]["name"] = "Histogram"
	delete(o["series"].([]jp.M)[0], "color")
	return o
}

func NewHistogram(data []float64, options jp.M, opts ...jp.Opt) *Histogram {
	h := &Histogram{EChart: jp.EChart(options, opts...)}
	series := h.Options["series"].([]jp.M)
	points := make([]any, len(data))
	for i, v := range data {
		points[i] = []float64{float64(i), v}
	}
	series[1]["data"] = points
	series[0]["data"] = bins(data)
	if len(data) > 0 { // the bins' axis spans them
		binAxis := h.Options["xAxis"].([]jp.M)[1]
		binAxis["min"], binAxis["max"] = slices.Min(data), slices.Max(data)
	}
	return h
}

// bins is Highcharts' histogram of data, as [middle of the bin, count]
// points.
func bins(data []float64) []any {
	if len(data) == 0 {
		return []any{}
	}
	n := int(math.Ceil(math.Sqrt(float64(len(data))))) // binsNumber: 'square-root'
	lo, hi := slices.Min(data), slices.Max(data)
	width := (hi - lo) / float64(n)
	counts := make([]int, n)
	for _, v := range data {
		i := n - 1
		if width > 0 {
			i = min(int((v-lo)/width), n-1) // the largest value is in the last bin
		}
		counts[i]++
	}
	out := make([]any, n)
	for i, c := range counts {
		out[i] = []float64{lo + (float64(i)+0.5)*width, float64(c)}
	}
	return out
}

func histogramTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	// Uniform distribution
	data := make([]float64, 100)
	for i := range data {
		data[i] = float64(rand.IntN(10))
	}
	chart := NewHistogram(data, histogramOptions(), jp.Classes("m-2 border w-1/2"), jp.Style("height: 400px"), jp.In(wp))
	chart.Options["title"] = jp.M{"text": "Uniform Distribution Histogram", "left": "center"}
	// Normal distribution
	data = make([]float64, 1000)
	for i := range data {
		data[i] = rand.NormFloat64()
	}
	chart = NewHistogram(data, justpyHistogramOptions(), jp.Classes("m-2 border w-1/2"), jp.Style("height: 400px"), jp.In(wp)) // JustPy's jp.Histogram
	chart.Options["title"] = jp.M{"text": "Normal Distribution Histogram", "left": "center"}
	return wp
}

func main() { jp.JustPy(histogramTest) }
