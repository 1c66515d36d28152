// Command stock_test2 is JustPy's stock_test2 (charts tutorial: Stock
// Charts, "Stock Chart with Volume"), ported to JustGo's ECharts chart:
// "MSFT Historical Prices", 600 pixels high, a candlestick for each trading
// day from 2005 to 2010 (open, high, low, close) above a column chart of
// the volume traded, both showing the last three months at first; a slider
// under them and the mouse wheel zoom and move both together, and the
// tooltip, across both, gives the day's prices with two decimals and its
// volume. ?ticker=AAPL, IBM or INTC shows another stock; anything else
// shows MSFT.
//
// JustPy reads the CSV file from elimintz.github.io; this port makes the
// prices up (package stocks: the same on every run), so that it needs no
// network. Highstock's two y axes stacked in one chart (top and height)
// are two ECharts grids, each with its x and y axis, the zoom (dataZoom)
// moving both x axes; the range selector's selected = 1 (three months) is
// the window the zoom starts with, its buttons have no ECharts
// counterpart. The days are categories, so that weekends leave no gaps,
// as on Highstock's ordinal axis. A Highcharts OHLC point is [x, open,
// high, low, close]; ECharts' candlestick takes [open, close, low, high].
// dataGrouping (weeks and months when zoomed out) has no ECharts
// counterpart: every day is drawn. The split tooltip is ECharts' axis
// tooltip with a cross pointer; the Highcharts theme grid is not there.
package main

import (
	"slices"
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
	"github.com/justgo/justgo/examples/charts/internal/stocks"
)

// chartDict is a function, so that each page gets its own options.
func chartDict() jp.M {
	return jp.M{
		"grid": []jp.M{ // the y axes' top and height
			{"left": 20, "right": 80, "top": 60, "height": "50%"},
			{"left": 20, "right": 80, "top": "68%", "height": "17%"},
		},
		"xAxis": []jp.M{
			{"type": "category", "gridIndex": 0},
			{"type": "category", "gridIndex": 1, "axisLabel": jp.M{"show": false}},
		},
		"yAxis": []jp.M{
			{"name": "OHLC", "scale": true, "position": "right", "gridIndex": 0, "axisLine": jp.M{"show": true, "lineStyle": jp.M{"width": 2}}},
			{"name": "Volume", "position": "right", "gridIndex": 1, "splitNumber": 2, "axisLine": jp.M{"show": true, "lineStyle": jp.M{"width": 2}}},
		},
		"tooltip":     jp.M{"trigger": "axis", "axisPointer": jp.M{"type": "cross"}}, // split: True
		"axisPointer": jp.M{"link": []jp.M{{"xAxisIndex": "all"}}},
		"series": []jp.M{
			{
				"type":    "candlestick",
				"tooltip": jp.M{"valueFormatter": chart.JS("v => v.toFixed(2)")}, // valueDecimals: 2
			},
			{
				"type":       "bar",
				"name":       "Volume",
				"xAxisIndex": 1,
				"yAxisIndex": 1,
			},
		},
	}
}

func stockTest2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	ticker := strings.ToUpper(r.QueryParams.Get("ticker"))
	if !slices.Contains([]string{"AAPL", "IBM", "INTC", "MSFT"}, ticker) {
		ticker = "MSFT"
	}
	data := stocks.History(ticker)
	c := jp.EChart(chartDict(), jp.Classes("m-1 p-2 border w-10/12"), jp.Style("height: 600px"), jp.In(wp))
	o := c.Options // JustPy's chart.options
	o["title"] = jp.M{"text": ticker + " Historical Prices", "left": "center"}
	var x []string
	var ohlc, volume []any
	for _, d := range data {
		x = append(x, d.Date.Format("2006-01-02"))
		ohlc = append(ohlc, []float64{d.Open, d.Close, d.Low, d.High})
		volume = append(volume, d.Volume)
	}
	for _, axis := range o["xAxis"].([]jp.M) {
		axis["data"] = x
	}
	series := o["series"].([]jp.M)
	series[0]["data"] = ohlc
	series[0]["name"] = ticker
	series[1]["data"] = volume
	// rangeSelector.selected = 1: the last three months
	threeMonthsAgo := data[len(data)-1].Date.AddDate(0, -3, 0).Format("2006-01-02")
	start, _ := slices.BinarySearch(x, threeMonthsAgo)
	o["dataZoom"] = []jp.M{
		{"type": "inside", "xAxisIndex": []int{0, 1}, "startValue": start},
		{"type": "slider", "xAxisIndex": []int{0, 1}, "startValue": start, "bottom": 10},
	}
	return wp
}

func main() { jp.JustPy(stockTest2) }
