// Command chart_events is JustPy's point_click event (charts tutorial:
// Chart Events and Methods) on the chart of create_chart_test1, ported to
// JustGo's ECharts chart: the bar chart "Fruit Consumption" of what Jane
// and John ate, and under it a line that says which bar was clicked last:
// clicking John's Bananas bar shows "You clicked John: Bananas = 7".
//
// JustPy's point_click handler reads msg.series_name, msg.category and
// msg.y; ECharts' click event, which the chart's On("click") receives,
// says the same in msg.Detail: seriesName, name (the category), dataIndex
// and value. The chart does not animate, so that a bar is where it is
// drawn from the start.
package main

import (
	"fmt"

	jp "github.com/justgo/justgo"
)

func myChartDef() jp.M {
	return jp.M{
		"animation": false,
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

func chartEvents(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	myChart := jp.EChart(myChartDef(), jp.Classes("m-2 p-2 border"), jp.Style("width: 600px; height: 400px"), jp.In(wp))
	clicked := jp.Div(jp.ID("clicked"), jp.Text("Click a bar"), jp.Classes("m-2 p-2 text-xl"), jp.In(wp))
	myChart.On("click", func(self *jp.Element, msg *jp.Msg) error { // JustPy's point_click
		point, _ := msg.Detail.(map[string]any)
		clicked.Text = fmt.Sprintf("You clicked %v: %v = %v", point["seriesName"], point["name"], point["value"])
		return nil
	})
	return wp
}

func main() { jp.JustPy(chartEvents) }
