// Command create_chart_test4 is JustPy's create_chart_test4 (charts
// tutorial: Creating Charts, "highcharts example with removed tooltip
// section"), ported to JustGo's ECharts chart: create_chart_test3's bar
// chart of twelve months without its tooltip formatter, titled "Tourists
// in Middle Earth", its series named 'Tourists in '000' (quotes and all,
// as the Python string has them) in the floating legend, and ECharts'
// own tooltip.
//
// As in JustPy, the program changes the options after the chart is made:
// the series' name and the title.
package main

import jp "github.com/justgo/justgo"

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
		"tooltip": jp.M{},
		"series": []jp.M{{
			"type": "bar",
			"data": []float64{29.9, 71.5, 106.4, 129.2, 144.0, 176.0, 135.6, 148.5, 216.4, 194.1, 95.6, 54.4},
		}},
	}
}

func createChartTest4(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	myChart := jp.EChart(myChartDef(), jp.Classes("m-2 p-2 border w-1/2"), jp.Style("height: 400px"), jp.In(wp))
	myChart.Options["series"].([]jp.M)[0]["name"] = "'Tourists in '000'"
	myChart.Options["title"] = jp.M{"text": "Tourists in Middle Earth"}
	return wp
}

func main() { jp.JustPy(createChartTest4) }
