package main

import (
	"testing"
	"time"

	"github.com/justgo/justgo/examples/charts/internal/stocks"
	"github.com/justgo/justgo/jptest"
)

// The ticker asked for, or MSFT: its adjusted closes by date, the last
// year in the window, two decimals in the tooltip.
func TestStockPrice(t *testing.T) {
	srv := jptest.Serve(t, stockTest1)
	for _, c := range []struct{ query, ticker string }{{"/", "MSFT"}, {"/?ticker=intc", "INTC"}, {"/?ticker=goog", "MSFT"}} {
		p := srv.Open(c.query)
		o := p.ChartOptions(p.All("jp-echart")[0])
		if got := o["title"].(map[string]any)["text"]; got != "Historical Stock Price" {
			t.Errorf("%s: title %v", c.query, got)
		}
		s := o["series"].([]any)[0].(map[string]any)
		if s["name"] != c.ticker || s["type"] != "line" {
			t.Errorf("%s: series %v %v, want a line of %s", c.query, s["type"], s["name"], c.ticker)
		}
		days := stocks.History(c.ticker)
		data := s["data"].([]any)
		if len(data) != len(days) || len(days) < 1500 {
			t.Fatalf("%s: %d points for %d days", c.query, len(data), len(days))
		}
		for _, i := range []int{0, 700, len(days) - 1} {
			xy := data[i].([]any)
			if xy[0] != float64(days[i].Date.UnixMilli()) || xy[1] != days[i].AdjClose {
				t.Errorf("%s: point %d is %v, want %v %v", c.query, i, xy, days[i].Date, days[i].AdjClose)
			}
		}
		last := days[len(days)-1].Date
		for _, z := range o["dataZoom"].([]any) {
			if got := time.UnixMilli(int64(z.(map[string]any)["startValue"].(float64))).UTC(); !got.Equal(last.AddDate(-1, 0, 0)) {
				t.Errorf("%s: the window starts %v, want a year before %v", c.query, got, last)
			}
		}
		if f := s["tooltip"].(map[string]any)["valueFormatter"]; f != "v => v.toFixed(2)" {
			t.Errorf("%s: valueFormatter %v", c.query, f)
		}
	}
}
