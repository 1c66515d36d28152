// Command grid_test14 is JustPy's grid_test14 (grids tutorial: grid
// events, linking a chart and a grid,
// examples/grids_tutorial/grid_events/grid_test14.py): a column chart of
// the alcohol drunk in each country — beer, spirit and wine servings and
// litres of pure alcohol — above a grid of the same data. Sorting the grid
// (a click on a header) or filtering it (a header's menu) redraws the
// chart with the rows the grid shows, in its order.
//
// JustPy's grid sends its data, sorted and filtered, as CSV in msg.data
// with each sortChanged and filterChanged event. JustGo's grid reports the
// sort and the filter; the handler asks the browser for the same CSV, with
// AG Grid's getDataAsCsv (g.RequestAPI), and the chart is redrawn when
// the answer arrives as the page's result_ready event. JustPy also
// listens for columnMoved and rowDragEnd, with a drag handle on the first
// column; JustGo's grid does not report those two events, so the port
// leaves the drag handle out (a column the person moves does not move in
// the chart). The data is made up in Go (package frame) instead of
// downloading FiveThirtyEight's drinks.csv, and the chart is ECharts'
// (frame.Plot stands for df.jp.plot).
package main

import (
	"encoding/json"
	"slices"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
	"github.com/justgo/justgo/examples/internal/frame"
	"github.com/justgo/justgo/grid"
)

var df = frame.Drinks()

const title = "Alcohol Consumption per Country"

// gridRequest names the request for the grid's data.
const gridRequest = "grid data"

// drinksPage is a page and what its handlers change (JustPy's wp.df and
// wp.c).
type drinksPage struct {
	wp   *jp.WebPage
	df   frame.Table // the rows the grid shows
	c    *chart.EChart
	grid *grid.AgGrid
}

func plot(df frame.Table) jp.M {
	return frame.Plot(df, 0, []int{1, 2, 3, 4}, frame.PlotOptions{Kind: "column", Title: title})
}

// gridChange asks the browser for the grid's rows as it shows them.
func (p *drinksPage) gridChange(self *jp.Element, msg *jp.Msg) error {
	p.grid.RequestAPI(gridRequest, "getDataAsCsv")
	return nil
}

// gridData draws the chart of the rows the browser sent.
func (p *drinksPage) gridData(wp *jp.WebPage, msg *jp.Msg) error {
	if msg.RequestID != gridRequest {
		return nil
	}
	var csv string
	if err := json.Unmarshal(msg.Result, &csv); err != nil {
		return err
	}
	df, err := frame.ReadCSV(csv)
	if err != nil || !slices.Equal(df.Header, p.df.Header) {
		return err // not the grid's CSV: an error's message
	}
	p.df = df
	p.c.Options = plot(df)
	return nil
}

func newDrinksPage() *drinksPage {
	p := &drinksPage{wp: jp.NewWebPage(), df: frame.Of(df)}
	p.c = jp.EChart(plot(p.df), jp.In(p.wp), jp.Classes("m-2 p-2 border"), jp.Style("height: 400px"))
	p.grid = frame.AgGrid(df, jp.In(p.wp))
	for _, eventName := range []string{"sortChanged", "filterChanged"} {
		p.grid.On(eventName, p.gridChange)
	}
	p.wp.On("result_ready", p.gridData)
	return p
}

func gridTest14(r *jp.Request) *jp.WebPage { return newDrinksPage().wp }

func main() { jp.JustPy(gridTest14) }
