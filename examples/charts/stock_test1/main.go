// Command stock_test1 is JustPy's stock_test1 (charts tutorial: Stock
// Charts, "Stock Charts price data"), ported to JustGo's ECharts chart:
// "Historical Stock Price", a line of a stock's daily adjusted close from
// 2005 to 2010, showing the last year at first, with a slider under it
// (Highstock's navigator) that shows the whole history and drags or
// stretches the window, which the mouse wheel zooms too; the legend, on
// the right, names the ticker, and the tooltip gives the price with two
// decimals. ?ticker=aapl, ibm or intc shows another stock; anything else
// shows msft.
//
// JustPy reads a CSV file from elimintz.github.io with pandas; this port
// makes the prices up (package stocks: a random walk, the same on every
// run), so that it needs no network. Highstock is ECharts with a time x
// axis and dataZoom: the range selector's buttons have no ECharts
// counterpart, and rangeSelector.selected = 4 (one year) is the window the
// zoom starts with. The series' tooltip.valueDecimals = 2 is a
// valueFormatter, a chart.JS function; the legend's layout "proximate" is
// a legend at the right.
package main

import (
	"slices"
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
	"github.com/justgo/justgo/examples/charts/internal/stocks"
)

// makePairsList is JustPy's make_pairs_list: [x, y] pairs.
func makePairsList[X, Y any](x []X, y []Y) []any {
	pairs := make([]any, min(len(x), len(y)))
	for i := range pairs {
		pairs[i] = []any{x[i], y[i]}
	}
	return pairs
}

func stockTest1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	ticker := r.QueryParams.Get("ticker")
	if !slices.Contains([]string{"aapl", "ibm", "intc", "msft"}, ticker) {
		ticker = "msft"
	}
	data := stocks.History(strings.ToUpper(ticker))
	c := jp.EChart(jp.M{
		"xAxis":   jp.M{"type": "time"},
		"yAxis":   jp.M{"type": "value", "scale": true, "position": "right"},
		"tooltip": jp.M{"trigger": "axis"},
	}, jp.Classes("m-1 p-2 border w-10/12"), jp.Style("height: 400px"), jp.In(wp))
	o := c.Options // JustPy's chart.options
	o["title"] = jp.M{"text": "Historical Stock Price", "left": "center"}
	o["legend"] = jp.M{"right": 0, "top": "middle", "orient": "vertical"}
	var x []int64
	var y []float64
	for _, d := range data {
		x = append(x, stocks.Millis(d.Date)) // convert_date1
		y = append(y, d.AdjClose)
	}
	yearAgo := stocks.Millis(data[len(data)-1].Date.AddDate(-1, 0, 0))
	o["dataZoom"] = []jp.M{{"type": "inside", "startValue": yearAgo}, {"type": "slider", "startValue": yearAgo}} // rangeSelector.selected = 4
	s := jp.M{"name": strings.ToUpper(ticker), "type": "line", "showSymbol": false, "data": makePairsList(x, y)}
	o["series"] = []jp.M{s}
	s["tooltip"] = jp.M{"valueFormatter": chart.JS("v => v.toFixed(2)")} // valueDecimals = 2
	return wp
}

func main() { jp.JustPy(stockTest1) }
