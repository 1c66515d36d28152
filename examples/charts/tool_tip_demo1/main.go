// Command tool_tip_demo1 is JustPy's tool_tip_demo1 (charts tutorial:
// Tooltips, "Shared and Split Tooltips"), ported to JustGo's ECharts chart:
// under a blue banner, "Charts with default ECharts tooltip", three line
// charts side by side (wrapping when the window is narrow) of employees by
// sector from 2010 to 2017, five smooth lines with a legend at the right:
// "Simple Tooltip" shows one point's tooltip when the mouse is on it,
// "Shared Tooltip" one tooltip of every series at the mouse's year, and
// "Split Tooltip" the same with a cross pointer labelling the year and the
// value on the axes.
//
// Highcharts' spline is ECharts' smooth line; plotOptions.series.pointStart
// 2010 is an x axis of years, the data [year, value] pairs (pointStart
// makes them), labelled without a thousands comma. A tooltip that is not
// shared is ECharts' trigger "item", a shared one trigger "axis"; ECharts
// has no split tooltip (a box per series beside its point): the closest is
// the axis tooltip with a cross pointer. A null, as Project Development's
// first two years, is a gap in the line in both libraries.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
)

// pointStart is Highcharts' plotOptions.series.pointStart: data's points
// as [x, y] from x = start on.
func pointStart(start int, data ...any) []any {
	pairs := make([]any, len(data))
	for i, y := range data {
		pairs[i] = []any{start + i, y}
	}
	return pairs
}

// https://www.highcharts.com/demo/line-basic
func chartDef() jp.M {
	return jp.M{
		"title": jp.M{
			"text":    "",
			"subtext": "JustPy Tooltip Demo",
			"left":    "center",
		},
		"yAxis": jp.M{
			"type": "value",
			"name": "Number of Employees",
		},
		"xAxis": jp.M{
			"type": "value", "min": 2010, "max": 2017, "interval": 1,
			"axisLabel":   jp.M{"formatter": chart.JS("String")},
			"axisPointer": jp.M{"label": jp.M{"formatter": chart.JS("p => String(Math.round(p.value))")}},
		},
		"legend": jp.M{
			"orient": "vertical",
			"right":  0,
			"top":    "middle",
		},
		"grid": jp.M{"right": 150, "left": 70},
		"series": []jp.M{{
			"name": "Installation", "type": "line", "smooth": true,
			"data": pointStart(2010, 43934, 52503, 57177, 69658, 97031, 119931, 137133, 154175),
		}, {
			"name": "Manufacturing", "type": "line", "smooth": true,
			"data": pointStart(2010, 24916, 24064, 29742, 29851, 32490, 30282, 38121, 40434),
		}, {
			"name": "Sales & Distribution", "type": "line", "smooth": true,
			"data": pointStart(2010, 11744, 17722, 16005, 19771, 20185, 24377, 32147, 39387),
		}, {
			"name": "Project Development", "type": "line", "smooth": true,
			"data": pointStart(2010, nil, nil, 7988, 12169, 15112, 22452, 34400, 34227),
		}, {
			"name": "Other", "type": "line", "smooth": true,
			"data": pointStart(2010, 12908, 5948, 8105, 11248, 8989, 11816, 18274, 18111),
		}},
	}
}

func toolTipDemo1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Div(jp.Text("Charts with default ECharts tooltip"), jp.Classes("m-2 p-2 text-xl bg-blue-500 text-white"), jp.In(wp))
	d := jp.Div(jp.Classes("flex flex-wrap "), jp.In(wp))
	var myCharts []*chart.EChart
	for range 3 {
		myCharts = append(myCharts, jp.EChart(chartDef(), jp.Classes("m-2 p-2 border"), jp.Style("width: 600px; height: 400px"), jp.In(d)))
	}
	myCharts[0].Options["tooltip"] = jp.M{"trigger": "item"}                                       // tooltip.shared = False
	myCharts[1].Options["tooltip"] = jp.M{"trigger": "axis"}                                       // tooltip.shared = True
	myCharts[2].Options["tooltip"] = jp.M{"trigger": "axis", "axisPointer": jp.M{"type": "cross"}} // tooltip.split = True
	myCharts[0].Options["title"].(jp.M)["text"] = "Simple Tooltip"
	myCharts[1].Options["title"].(jp.M)["text"] = "Shared Tooltip"
	myCharts[2].Options["title"].(jp.M)["text"] = "Split Tooltip"
	return wp
}

func main() { jp.JustPy(toolTipDemo1) }
