// Command tool_tip_demo2 is JustPy's tool_tip_demo2 (charts tutorial:
// Tooltips, "Custom Tooltips"), ported to JustGo's ECharts chart: the three
// charts of tool_tip_demo1 under the banner "Charts with default ECharts
// tooltip", then, under a second banner, "Charts with user defined tooltip
// formatter functions", the same three again whose tooltips the server
// computes. Each shows "Loading..." until the mouse has rested for 100 ms,
// then: "Simple Tooltip - Formatter Example" a red tooltip of one point, a
// dot in the series' colour, its name, "Year: 2013" and "Number of
// employees: 69,658"; "Shared Tooltip - Formatter Example" white on blue,
// "Year: 2013" and a line for each series at that year; "Split Tooltip -
// Formatter Example" "The x value is 2013" and a box for each series.
//
// JustPy's tooltip event has a Python handler compute each tooltip's HTML;
// package tooltip (examples/charts/internal/tooltip) makes the event with
// ECharts' asynchronous formatter. A shared tooltip (ECharts' trigger
// "axis") sends msg.Points, the points at the year, as JustPy's does. The
// split handler answers with a list, the year's HTML then each series',
// as JustPy's; ECharts has no split tooltip, so each shows as a box of its
// own inside one tooltip. JustPy builds the shared one with jp.Div and
// jp.Span and to_html(); JustGo writes the HTML, escaping what came from
// the browser.
package main

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
	"github.com/justgo/justgo/examples/charts/internal/tooltip"
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

// threeCharts are the three kinds of tooltip, titled.
func threeCharts(d *jp.Element, titles ...string) []*chart.EChart {
	var myCharts []*chart.EChart
	for range 3 {
		myCharts = append(myCharts, jp.EChart(chartDef(), jp.Classes("m-2 p-2 border"), jp.Style("width: 600px; height: 400px"), jp.In(d)))
	}
	myCharts[0].Options["tooltip"] = jp.M{"trigger": "item"}                                       // tooltip.shared = False
	myCharts[1].Options["tooltip"] = jp.M{"trigger": "axis"}                                       // tooltip.shared = True
	myCharts[2].Options["tooltip"] = jp.M{"trigger": "axis", "axisPointer": jp.M{"type": "cross"}} // tooltip.split = True
	for i, title := range titles {
		myCharts[i].Options["title"].(jp.M)["text"] = title
	}
	return myCharts
}

func toolTipDemo2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Div(jp.Text("Charts with default ECharts tooltip"), jp.Classes("m-2 p-2 text-xl bg-blue-500 text-white"), jp.In(wp))
	d := jp.Div(jp.Classes("flex flex-wrap "), jp.In(wp))
	threeCharts(d, "Simple Tooltip", "Shared Tooltip", "Split Tooltip")

	jp.Div(jp.Text("Charts with user defined tooltip formatter functions"),
		jp.Classes("m-2 p-2 text-xl bg-blue-500 text-white"), jp.In(wp))
	d = jp.Div(jp.Classes("flex flex-wrap"), jp.In(wp))
	myCharts := threeCharts(d, "Simple Tooltip - Formatter Example", "Shared Tooltip - Formatter Example", "Split Tooltip - Formatter Example")

	tooltip.On(myCharts[0], simpleTooltipFormatter)
	tooltip.On(myCharts[1], sharedTooltipFormatter)
	tooltip.On(myCharts[2], splitTooltipFormatter)
	return wp
}

func simpleTooltipFormatter(self *chart.EChart, msg *tooltip.Msg) error {
	tooltipHTML := fmt.Sprintf(`
    <div class="text-red-500">
    <div><span style="color: %s">&#x25CF;&nbsp;</span>%s</div>
    <div>Year: %v</div>
    <div>Number of employees: %s</div>
    </div>
    `, html.EscapeString(msg.Color), html.EscapeString(msg.SeriesName), msg.X, thousands(msg.Y))
	return tooltip.Update(self, tooltipHTML, msg)
}

func sharedTooltipFormatter(self *chart.EChart, msg *tooltip.Msg) error {
	var b strings.Builder
	b.WriteString(`<div class="text-white bg-blue-400">`)
	fmt.Fprintf(&b, `<span class="text-lg">Year: %v</span>`, msg.X)
	for _, point := range msg.Points {
		fmt.Fprintf(&b, `<div><span class="bg-white" style="color: %s">&#x25CF; %s</span> <span>Number of employees: %s</span></div>`,
			html.EscapeString(point.Color), html.EscapeString(point.SeriesName), thousands(point.Y))
	}
	b.WriteString(`</div>`)
	return tooltip.Update(self, b.String(), msg)
}

func splitTooltipFormatter(self *chart.EChart, msg *tooltip.Msg) error {
	tooltipArray := []string{fmt.Sprintf("The x value is %v", msg.X)}
	for _, point := range msg.Points {
		tooltipArray = append(tooltipArray, fmt.Sprintf(
			`<div><span class="bg-white" style="color: %s">&#x25CF;</span> <span>%s</span> <span>Year: %v</span> <span>Number of employees: %s</span></div>`,
			html.EscapeString(point.Color), html.EscapeString(point.SeriesName), point.X, thousands(point.Y)))
	}
	return tooltip.Update(self, tooltipArray, msg)
}

// thousands is Python's "{:,}".format(n) of a number from the browser.
func thousands(v any) string {
	f, ok := v.(float64)
	if !ok {
		return html.EscapeString(fmt.Sprint(v))
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	sign := ""
	if strings.HasPrefix(whole, "-") {
		sign, whole = "-", whole[1:]
	}
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	if frac != "" {
		whole += "." + frac
	}
	return sign + whole
}

func main() { jp.JustPy(toolTipDemo2) }
