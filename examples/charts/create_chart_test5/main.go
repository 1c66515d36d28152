// Command create_chart_test5 is JustPy's create_chart_test5 (charts
// tutorial: Creating Charts, "Sharing Charts"), ported to JustGo's ECharts
// chart: a page per chart definition, named in its URL,
// /demo/create_chart_test5/<name> (or just /<name>), with <name> one of
// org, bubbles, item, timeline, states, browsers and wheel; any other name,
// and /, show item. org is an organisation chart, bubbles the carbon
// emissions of countries as bubbles grouped by continent, item the seats
// of the German parliament as a half ring, timeline six firsts of space
// exploration, states the U.S. states by population as tiles, browsers a
// pie of browser market shares whose slices, clicked, show that browser's
// versions (and "◁ Back to Browsers" goes back), wheel the dependencies
// between countries as a chord diagram.
//
// JustPy fetches each definition, a JavaScript object written for
// Highcharts, from elimintz.github.io at each request; this port reads
// them from charts/, ECharts options written as JSON and embedded in the
// program, so that it needs no network (ECharts' own format: JSON parses
// into the Go values a chart takes). They are Highcharts' examples redone
// with ECharts: an organization chart is a tree, packed bubbles a force
// graph, an item chart a half pie, a timeline a line of labelled points, a
// tile map a heatmap (of squares, not hexagons), a dependency wheel a
// chord; "Highcharts" left their titles, and the org chart its photos,
// which would come from highcharts.com. Highcharts' drilldown has no
// ECharts counterpart: the browsers definition keeps its drilldown series
// beside the options and the page does the drilling, on the server.
package main

import (
	"embed"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
)

// https://github.com/elimintz/elimintz.github.io/tree/master/charts, redone
// for ECharts.
//
//go:embed charts/*.json
var chartFiles embed.FS

var charts = []string{"org", "bubbles", "item", "timeline", "states", "browsers", "wheel"}

func createChart5Options(name string) (jp.M, error) {
	b, err := chartFiles.ReadFile("charts/" + name + ".json")
	if err != nil {
		return nil, err
	}
	var options jp.M
	return options, json.Unmarshal(b, &options)
}

func createChartTest5(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	chartName := r.PathValue("chart_name")
	if !slices.Contains(charts, chartName) {
		chartName = "item" // Default chart is item
	}
	chartOptions, err := createChart5Options(chartName)
	if err != nil {
		jp.Div(jp.Text(fmt.Sprintf("The chart %s cannot be read: %v", chartName, err)), jp.In(wp))
		return wp
	}
	drilldown, _ := chartOptions["drilldown"].([]any)
	delete(chartOptions, "drilldown")
	myChart := jp.EChart(chartOptions, jp.Classes("m-2 p-2 border w-3/4"), jp.Style("height: 600px"), jp.In(wp))
	if drilldown != nil {
		drill(wp, myChart, drilldown)
	}
	return wp
}

// drill does what Highcharts' drilldown module does: a click on a point
// whose data names a drilldown series shows that series instead, and a
// button brings the first one back.
func drill(wp *jp.WebPage, c *chart.EChart, drilldown []any) {
	top := c.Options["series"]
	name := ""
	if s, ok := top.([]any); ok && len(s) > 0 {
		name, _ = s[0].(jp.M)["name"].(string)
	}
	back := jp.Button(jp.Text("◁ Back to "+name), jp.Classes("m-2 px-3 py-1 border rounded"), jp.Show(false), jp.In(wp))
	back.On("click", func(self *jp.Element, msg *jp.Msg) error {
		c.Options["series"] = top
		back.Show = false
		return nil
	})
	c.On("click", func(self *jp.Element, msg *jp.Msg) error {
		d, _ := msg.Detail.(map[string]any)
		i, ok := d["dataIndex"].(float64)
		series, _ := c.Options["series"].([]any)
		if !ok || back.Show || len(series) == 0 {
			return nil
		}
		data, _ := series[0].(jp.M)["data"].([]any)
		if int(i) < 0 || int(i) >= len(data) {
			return nil
		}
		id := data[int(i)].(jp.M)["drilldown"]
		for _, s := range drilldown {
			if s := s.(jp.M); s["id"] == id && id != nil {
				// Without its id, ECharts puts it in place of the series
				// shown (by index) rather than beside it.
				s = maps.Clone(s)
				delete(s, "id")
				c.Options["series"] = []any{s}
				back.Show = true
			}
		}
		return nil
	})
}

func newApp(cfg jp.Config) *jp.App {
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/demo/create_chart_test5/{chart_name}", createChartTest5)
	jp.Route(app, "/{chart_name}", createChartTest5) // http://127.0.0.1:8000/bubbles, as JustPy's comment says
	jp.Route(app, "/", createChartTest5)
	return app
}

func main() { jp.Run(newApp) }
