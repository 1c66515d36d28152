// Command pie_test is JustPy's pie_test (charts tutorial: Chart Custom
// Components, "Pie Chart Component"), ported to JustGo's ECharts chart:
// "Fruit Distribution", a pie of Apples 2, Pears 3, Bananas 4 and Melons 5,
// each slice labelled with its name and percentage ("Melons: 35.7%"), its
// tooltip "Fruits: 35.7%"; clicking a slice pulls it out, clicking it
// again puts it back.
//
// JustPy's MyPie is a class that inherits from HighCharts; here it is a Go
// type that embeds the chart and builds its options, and the page changes
// them afterwards as JustPy's does. Highcharts' format strings become
// ECharts' ({b} the name, {d} the percentage, {a} the series' name),
// allowPointSelect is selectedMode, and a point {name, y} is {name,
// value}.
package main

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
)

// MyPie is a pie chart of data, its slices named by labels.
type MyPie struct {
	*chart.EChart
}

func myPieOptions() jp.M {
	return jp.M{
		"title": jp.M{
			"text": "Pie Chart",
			"left": "center",
		},
		"tooltip": jp.M{
			"formatter": "{a}: <b>{d}%</b>",
		},
		"series": []jp.M{},
	}
}

func NewMyPie(data []float64, labels []string, opts ...jp.Opt) *MyPie {
	p := &MyPie{EChart: jp.EChart(myPieOptions(), opts...)}
	pieSeries := jp.M{
		"type":             "pie",
		"selectedMode":     "single", // allowPointSelect
		"percentPrecision": 1,
		"label":            jp.M{"formatter": "{b}: {d}%"},
	}
	var points []jp.M
	for i, value := range data {
		c := jp.M{"value": value}
		if i < len(labels) {
			c["name"] = labels[i]
		} else {
			c["name"] = fmt.Sprint(value)
		}
		points = append(points, c)
	}
	pieSeries["data"] = points
	p.Options["series"] = append(p.Options["series"].([]jp.M), pieSeries)
	return p
}

// Series is the chart's series i, to change (JustPy's options.series[i]).
func (p *MyPie) Series(i int) jp.M { return p.Options["series"].([]jp.M)[i] }

func pieTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	chart := NewMyPie([]float64{2, 3, 4, 5}, []string{"Apples", "Pears", "Bananas", "Melons"}, jp.Classes("m-2 p-2 border w-1/2"), jp.Style("height: 400px"), jp.In(wp))
	chart.Options["title"] = jp.M{"text": "Fruit Distribution", "left": "center"}
	chart.Series(0)["name"] = "Fruits"
	return wp
}

func main() { jp.JustPy(pieTest) }
