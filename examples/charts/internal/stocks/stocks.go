// Package stocks makes up the daily prices that JustPy's stock charts
// download from elimintz.github.io (Yahoo Finance's CSV files of AAPL,
// IBM, INTC and MSFT, 2005 to 2010), so that the ports need no network: a
// random walk from each ticker's first price in those files, the same on
// every run.
package stocks

import (
	"hash/fnv"
	"math"
	"math/rand/v2"
	"time"
)

// Day is a row of the CSV files: Date, Open, High, Low, Close, Adj Close,
// Volume.
type Day struct {
	Date                             time.Time
	Open, High, Low, Close, AdjClose float64
	Volume                           int64
}

// Tickers are the tickers that have data, as JustPy's programs list them.
var Tickers = []string{"AAPL", "IBM", "INTC", "MSFT"}

// first are each ticker's first open price and a usual day's volume in
// the CSV files.
var first = map[string]struct {
	open   float64
	volume float64
}{
	"AAPL": {4.627143, 170e6},
	"IBM":  {98.970001, 6e6},
	"INTC": {23.639999, 60e6},
	"MSFT": {26.799999, 65e6},
}

// History is ticker's trading days (weekdays) from 3 January 2005 to 31
// December 2010, or nil for a ticker that has no data.
func History(ticker string) []Day {
	f, ok := first[ticker]
	if !ok {
		return nil
	}
	h := fnv.New64a()
	h.Write([]byte(ticker))
	r := rand.New(rand.NewPCG(h.Sum64(), 2005))
	var days []Day
	end := time.Date(2010, 12, 31, 0, 0, 0, 0, time.UTC)
	price := f.open
	for d := time.Date(2005, 1, 3, 0, 0, 0, 0, time.UTC); !d.After(end); d = d.AddDate(0, 0, 1) {
		if d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
			continue
		}
		open := price
		if len(days) > 0 {
			open = price * math.Exp(0.004*r.NormFloat64())
		}
		c := open * math.Exp(0.0003+0.016*r.NormFloat64())
		high := math.Max(open, c) * (1 + math.Abs(0.006*r.NormFloat64()))
		low := math.Min(open, c) * (1 - math.Abs(0.006*r.NormFloat64()))
		days = append(days, Day{Date: d, Open: round(open), High: round(high), Low: round(low), Close: round(c),
			Volume: int64(f.volume * math.Exp(0.35*r.NormFloat64()))})
		price = c
	}
	// Adj Close: the close less the dividends paid since, which grow the
	// further back the day is.
	for i := range days {
		days[i].AdjClose = round(days[i].Close * (0.85 + 0.15*float64(i)/float64(len(days)-1)))
	}
	return days
}

// Millis is a day as JavaScript dates count: milliseconds since 1 January
// 1970 (JustPy's convert_date).
func Millis(d time.Time) int64 { return d.UnixMilli() }

func round(v float64) float64 { return math.Round(v*1e6) / 1e6 }
