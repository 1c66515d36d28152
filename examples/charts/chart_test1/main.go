// Command chart_test1 is JustPy's chart_test1 (charts tutorial: Tooltips,
// "Basic Use"), ported to JustGo's ECharts chart: two column charts of the
// tourists in Middle Earth each month, "Tourists in Middle Earth", one
// under the other; the first, subtitled "Default Tooltip", has ECharts'
// own tooltip; the second, "Custom Tooltip", shows "Loading..." on the
// column the mouse rests on, then what the server computed: "My tooltip!".
//
// JustPy's tooltip event has the Python handler compute a tooltip's HTML
// and send it with tooltip_update; ECharts, like Highcharts, has no such
// event, so package tooltip (examples/charts/internal/tooltip) makes one
// with ECharts' asynchronous formatter: the formatter sends the point to
// the server, debounced by 100 ms as JustPy's, and shows the HTML the
// handler answers with tooltip.Update.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
	"github.com/justgo/justgo/examples/charts/internal/tooltip"
)

func myChartDef() jp.M {
	return jp.M{
		"title": jp.M{
			"text": "Tourists in Middle Earth",
			"left": "center",
		},
		"xAxis": jp.M{
			"type": "category",
			"data": []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		},
		"yAxis":   jp.M{"type": "value"},
		"legend":  jp.M{"bottom": 0},
		"tooltip": jp.M{},
		"series": []jp.M{{
			"name": "Tourists in '000",
			"type": "bar",
			"data": []float64{29.9, 71.5, 106.4, 129.2, 144.0, 176.0, 135.6, 148.5, 216.4, 194.1, 95.6, 54.4},
		}},
	}
}

func tooltipFormatter1(self *chart.EChart, msg *tooltip.Msg) error {
	return tooltip.Update(self, "<div>My tooltip!</div>", msg)
}

func chartTest1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	// First chart
	wp.CSS = ".h-chart {height: 300px;}"
	chart1 := jp.EChart(myChartDef(), jp.Classes("m-2 p-2 border w-1/2"), jp.Style("height: 400px"), jp.In(wp))
	chart1.Options["title"].(jp.M)["subtext"] = "Default Tooltip"
	// Second chart
	chart2 := jp.EChart(myChartDef(), jp.Classes("m-2 p-2 border w-1/2"), jp.Style("height: 400px"), jp.In(wp))
	chart2.Options["title"].(jp.M)["subtext"] = "Custom Tooltip"
	tooltip.On(chart2, tooltipFormatter1)
	return wp
}

func main() { jp.JustPy(chartTest1) }
