// Command create_chart_test2 is JustPy's create_chart_test2 (charts
// tutorial: Creating Charts, "Chart Types"), ported to JustGo's ECharts
// chart: the fruit chart of create_chart_test1 four times, one under the
// other, each half the page wide, as a bar chart (horizontal bars), a
// column chart (vertical bars), a line chart and a spline chart (a smooth
// line), titled "Chart of Type Bar" … "Chart of Type Spline" over the
// subtitles "Subtitle Bar" … "Subtitle Spline".
//
// Each chart starts from the same options, as JustPy's load the same
// string, then changes its type and title. Highcharts has one chart.type;
// ECharts has a type for each series and puts the categories on the axis
// that holds them, so chartType sets both: bar puts the categories on the
// y axis, column, line and spline on the x axis, and spline is ECharts'
// line with smooth set. Highcharts' subtitle is the title's subtext.
package main

import (
	"strings"

	jp "github.com/justgo/justgo"
)

// Example from https://www.highcharts.com/docs/getting-started/your-first-chart
// (a function, so that each chart gets its own copy, as JustPy's parses
// the string again for each).
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

// chartType does what Highcharts' options.chart.type = t does.
func chartType(o jp.M, t string) {
	categories := jp.M{"type": "category", "data": []string{"Apples", "Bananas", "Oranges"}}
	values := jp.M{"type": "value", "name": "Fruit eaten", "nameLocation": "middle", "nameGap": 30}
	if t == "bar" {
		categories["inverse"] = true
		o["yAxis"], o["xAxis"] = categories, values
	} else {
		o["xAxis"], o["yAxis"] = categories, values
	}
	for _, s := range o["series"].([]jp.M) {
		switch t {
		case "bar", "column":
			s["type"] = "bar"
		case "line":
			s["type"] = "line"
		case "spline":
			s["type"], s["smooth"] = "line", true
		}
	}
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func createChartTest2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for _, t := range []string{"bar", "column", "line", "spline"} {
		myChart := jp.EChart(myChartDef(), jp.Classes("m-2 p-2 border w-1/2"), jp.Style("height: 400px"), jp.In(wp))
		chartType(myChart.Options, t)
		myChart.Options["title"] = jp.M{
			"text":    "Chart of Type " + capitalize(t),
			"subtext": "Subtitle " + capitalize(t),
			"left":    "center",
		}
	}
	return wp
}

func main() { jp.JustPy(createChartTest2) }
