// Command create_chart_test3 is JustPy's create_chart_test3 (charts
// tutorial: Creating Charts, "highcharts example"), ported to JustGo's
// ECharts chart: a bar chart of twelve months, Jan to Dec, whose tooltip
// shows the series' name in bold and, under it, "Mar: 106.4".
//
// The Highcharts example this comes from writes its tooltip formatter as a
// JavaScript function, which JustPy cannot parse: the tutorial shows the
// error, then removes the tooltip (create_chart_test4). In JustGo a
// function goes as a chart.JS value, so this chart works: ECharts calls
// the formatter with the point (seriesName, name, value) where Highcharts
// gives this.series.name, this.x and this.y. The series has no name, as in
// the example: Highcharts calls it "Series 1" and lists it in the legend;
// ECharts calls it "series0" and lists no unnamed series, so the legend
// is empty until create_chart_test4 names it.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
)

func myChartDef() jp.M {
	return jp.M{
		"yAxis": jp.M{
			"type":    "category",
			"inverse": true,
			"data":    []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		},
		"xAxis": jp.M{"type": "value"},
		"legend": jp.M{
			"orient":          "vertical",
			"backgroundColor": "#FFFFFF",
			"right":           60,
			"top":             60,
		},
		"tooltip": jp.M{
			"formatter": chart.JS(`function (p) {
				return '<b>' + p.seriesName + '</b><br/>' +
					p.name + ': ' + p.value;
			}`),
		},
		"series": []jp.M{{
			"type": "bar",
			"data": []float64{29.9, 71.5, 106.4, 129.2, 144.0, 176.0, 135.6, 148.5, 216.4, 194.1, 95.6, 54.4},
		}},
	}
}

func createChartTest3(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.EChart(myChartDef(), jp.Classes("m-2 p-2 border w-1/2"), jp.Style("height: 400px"), jp.In(wp))
	return wp
}

func main() { jp.JustPy(createChartTest3) }
