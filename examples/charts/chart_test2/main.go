// Command chart_test2 is JustPy's chart_test2 (charts tutorial: Tooltips,
// "Tooltip Positioning"), ported to JustGo's ECharts chart: two column
// charts of the tourists in Middle Earth each month, "Tourists in Middle
// Earth", one under the other. The first, subtitled "Default Tooltip", has
// ECharts' own tooltip. The second, "Custom Tooltip", shows "Loading..."
// on the column the mouse rests on, then what the server computed from the
// point: the series' name in the column's colour, the month, and "x: 2 y:
// 106.4" (x is the month's index), in a box 80 pixels above the mouse and
// 55 to its left, clear of the column.
//
// JustPy's tooltip event has the Python handler compute a tooltip's HTML;
// package tooltip (examples/charts/internal/tooltip) makes the event with
// ECharts' asynchronous formatter, which sends the point as JustPy's msg
// has it: x, y, category, color, series_name. What came from the browser
// is escaped before it goes into the HTML. JustPy's tooltip_x and
// tooltip_y move the tooltip from where Highcharts would put it;
// tooltip.Offset moves it from the mouse, with ECharts' position function.
package main

import (
	"fmt"
	"html"

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

func tooltipFormatter4(self *chart.EChart, msg *tooltip.Msg) error {
	tooltipHTML := fmt.Sprintf(`
    <div style="color: %s;">%s</div>
    <div>%s</div>
    <div>x: %v y: %v</div>
    `, html.EscapeString(msg.Color), html.EscapeString(msg.SeriesName), html.EscapeString(msg.Category), msg.X, msg.Y)
	return tooltip.Update(self, tooltipHTML, msg)
}

func chartTest2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	// First chart
	chart1 := jp.EChart(myChartDef(), jp.Classes("m-2 p-2 border w-1/2"), jp.Style("height: 400px"), jp.In(wp))
	chart1.Options["title"].(jp.M)["subtext"] = "Default Tooltip"
	// Second chart
	chart2 := jp.EChart(myChartDef(), jp.Classes("m-2 p-2 border w-1/2"), jp.Style("height: 400px"), jp.In(wp))
	chart2.Options["title"].(jp.M)["subtext"] = "Custom Tooltip"
	tooltip.On(chart2, tooltipFormatter4, tooltip.Offset(-55, 80)) // tooltip_x = -55, tooltip_y = 80
	return wp
}

func main() { jp.JustPy(chartTest2) }
