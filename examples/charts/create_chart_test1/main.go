// Command create_chart_test1 is JustPy's create_chart_test1 (charts
// tutorial: Creating Charts, "Your First Chart"), ported to JustGo's
// ECharts chart: a bar chart titled "Fruit Consumption" of the fruit Jane
// and John ate, horizontal bars for Apples, Bananas and Oranges (Jane 1, 0,
// 4; John 5, 7, 3), with a legend, and a tooltip on each bar.
//
// JustPy writes the options as a JavaScript object in a string, which it
// parses; JustGo writes them as Go values, the same tree ECharts takes as
// JSON. Highcharts' chart type "bar" is ECharts' bar series on a category
// y axis (inverse, so that Apples is at the top, as in Highcharts);
// Highcharts shows a legend and tooltips by default, ECharts when they
// are asked for.
package main

import jp "github.com/justgo/justgo"

// Example from https://www.highcharts.com/docs/getting-started/your-first-chart
func myChartDef() jp.M {
	return jp.M{
		"title": jp.M{
			"text": "Fruit Consumption",
			"left": "center",
		},
		"yAxis": jp.M{
			"type":    "category",
			"inverse": true,
			"data":    []string{"Apples", "Bananas", "Oranges"},
		},
		"xAxis": jp.M{
			"type":         "value",
			"name":         "Fruit eaten",
			"nameLocation": "middle",
			"nameGap":      30,
		},
		"legend":  jp.M{"bottom": 0},
		"tooltip": jp.M{},
		"series": []jp.M{{
			"name": "Jane",
			"type": "bar",
			"data": []int{1, 0, 4},
		}, {
			"name": "John",
			"type": "bar",
			"data": []int{5, 7, 3},
		}},
	}
}

func createChartTest1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	myChart := jp.EChart(nil, jp.Classes("m-2 p-2 border"), jp.Style("width: 600px; height: 400px"), jp.In(wp))
	myChart.Options = myChartDef()
	return wp
}

func main() { jp.JustPy(createChartTest1) }
