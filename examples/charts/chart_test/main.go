// Command chart_test is JustPy's chart_test (charts tutorial: Updating
// Charts), ported to JustGo's ECharts chart: "Updating Chart", a column
// series and a scatter series of 50 random numbers below 100 that shift
// left every second, the oldest number of each dropping out and a new one
// coming in at the right. It is one page, kept while the program runs
// (JustPy's delete_flag=False), shown to every browser that opens it: all
// the tabs show the same chart moving together.
//
// JustPy's chart_updater pops the first value of each series, appends a
// new one and updates the page, which sends the whole chart again; here
// the goroutine does it inside the page's Do, with Append, which sends only
// the new point and a window of 50 that makes the browser drop the oldest
// too. Highcharts' column is ECharts' bar, on a category x axis of the
// points' indexes, as Highcharts numbers them; animation is off, as in
// JustPy.
package main

import (
	"math/rand/v2"
	"sync"
	"time"

	jp "github.com/justgo/justgo"
)

func randomData() []any {
	data := make([]any, 50)
	for i := range data {
		data[i] = rand.IntN(100)
	}
	return data
}

var chartDict = jp.M{
	"title":   jp.M{"text": "Updating Chart", "left": "center"},
	"legend":  jp.M{"bottom": 0},
	"tooltip": jp.M{},
	"xAxis":   jp.M{"type": "category"},
	"yAxis":   jp.M{"type": "value"},
	"series": []jp.M{
		{"id": "column", "name": "Random Column", "type": "bar", "animation": false, "data": randomData()},
		{"id": "scatter", "name": "Random Scatter", "type": "scatter", "animation": false, "data": randomData()},
	},
}

var (
	wp    = jp.NewWebPage()
	chart = jp.EChart(chartDict, jp.Classes("m-1 p-2 border w-10/12"), jp.Style("height: 400px"), jp.In(wp))
)

// interval is how often the chart moves (a test makes it quicker).
var interval = time.Second

func chartUpdater() {
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		select {
		case <-wp.Context().Done(): // the app is closing
			return
		case <-tick.C:
		}
		wp.Do(func() {
			for _, id := range []string{"column", "scatter"} {
				chart.Append(id, []any{rand.IntN(100)}, 50)
			}
		})
	}
}

// startUpdater starts chartUpdater once. JustPy starts it at startup
// (startup=chart_init); here the first visit does, because a shared page
// changed in Do before any request has been served does not link its
// chart's scripts (ECharts and its adapter) in the HTML it sends later.
var startUpdater sync.Once

func chartTest(r *jp.Request) *jp.WebPage {
	startUpdater.Do(func() { go chartUpdater() })
	return wp
}

func main() {
	wp.Keep = true // delete_flag=False
	jp.JustPy(chartTest)
}
