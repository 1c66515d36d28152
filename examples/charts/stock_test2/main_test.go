package main

import (
	"fmt"
	"testing"

	"github.com/justgo/justgo/examples/charts/internal/stocks"
	"github.com/justgo/justgo/jptest"
)

// Candlesticks and volumes of the ticker asked for, or MSFT, on two
// grids that one zoom moves, starting three months before the last day.
func TestStockChartWithVolume(t *testing.T) {
	srv := jptest.Serve(t, stockTest2)
	for _, c := range []struct{ query, ticker string }{{"/", "MSFT"}, {"/?ticker=aapl", "AAPL"}, {"/?ticker=XYZ", "MSFT"}} {
		p := srv.Open(c.query)
		o := p.ChartOptions(p.All("jp-echart")[0])
		if got := o["title"].(map[string]any)["text"]; got != c.ticker+" Historical Prices" {
			t.Errorf("%s: title %v", c.query, got)
		}
		days := stocks.History(c.ticker)
		series := o["series"].([]any)
		candles, volume := series[0].(map[string]any), series[1].(map[string]any)
		if candles["type"] != "candlestick" || candles["name"] != c.ticker || volume["type"] != "bar" || volume["yAxisIndex"] != 1.0 {
			t.Errorf("%s: series %v %v, %v on y axis %v", c.query, candles["type"], candles["name"], volume["type"], volume["yAxisIndex"])
		}
		dates := o["xAxis"].([]any)[0].(map[string]any)["data"].([]any)
		if len(dates) != len(days) || len(candles["data"].([]any)) != len(days) || len(volume["data"].([]any)) != len(days) {
			t.Fatalf("%s: %d dates, %d candles, %d volumes for %d days", c.query, len(dates), len(candles["data"].([]any)), len(volume["data"].([]any)), len(days))
		}
		for _, i := range []int{0, 999, len(days) - 1} {
			d := days[i]
			if got, want := fmt.Sprint(dates[i], candles["data"].([]any)[i], volume["data"].([]any)[i]),
				fmt.Sprint(d.Date.Format("2006-01-02"), []any{d.Open, d.Close, d.Low, d.High}, float64(d.Volume)); got != want {
				t.Errorf("%s: day %d is %s, want %s", c.query, i, got, want)
			}
		}
		threeMonthsAgo := days[len(days)-1].Date.AddDate(0, -3, 0).Format("2006-01-02")
		for _, z := range o["dataZoom"].([]any) {
			z := z.(map[string]any)
			start := int(z["startValue"].(float64))
			if fmt.Sprint(z["xAxisIndex"]) != "[0 1]" || dates[start].(string) < threeMonthsAgo || dates[start-1].(string) >= threeMonthsAgo {
				t.Errorf("%s: zoom %v starts at %v", c.query, z, dates[start])
			}
		}
	}
}
