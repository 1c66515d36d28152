// Command grid_test15 is JustPy's grid_test15 (grids tutorial: grid
// events, a component to link chart and grid,
// examples/grids_tutorial/grid_events/grid_test15.py): two linked charts
// and grids on one page, each pair one component — alcohol drunk per
// country (beer, spirit and wine servings stacked, and litres of pure
// alcohol), and bad drivers per US state. Sorting or filtering a grid
// redraws the chart above it with the rows the grid shows, in its order.
//
// As in grid_test14, the grid reports a sort or a filter, its component
// asks the browser for the grid's CSV (g.RequestAPI, named by the
// component's Ref) and redraws its chart when the page's result_ready
// brings it; the page hands each answer to the component that asked.
// JustGo's grid does not report columnMoved and rowDragEnd, so the drag
// handle is left out. The data sets are made up in Go (package frame)
// instead of downloading FiveThirtyEight's drinks.csv and bad-drivers.csv;
// the charts are ECharts'.
package main

import (
	"encoding/json"
	"slices"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
	"github.com/justgo/justgo/examples/internal/frame"
	"github.com/justgo/justgo/grid"
)

// LinkedChartGrid is a div holding a chart of a frame's columns ys
// against column x, above a grid of the frame: the chart follows the
// grid's sort and filter.
type LinkedChartGrid struct {
	*jp.Element
	df    frame.Table // the rows the grid shows
	x     int
	y     []int
	o     frame.PlotOptions
	chart *chart.EChart
	grid  *grid.AgGrid
}

// NewLinkedChartGrid makes the component of the rows df (a slice of
// structs).
func NewLinkedChartGrid(df any, x int, y []int, o frame.PlotOptions, opts ...jp.Opt) *LinkedChartGrid {
	l := &LinkedChartGrid{df: frame.Of(df), x: x, y: y, o: o}
	l.Element = jp.Make(l, "div", opts...)
	l.SetClasses("flex flex-col")
	l.chart = jp.EChart(frame.Plot(l.df, x, y, o), jp.In(l), jp.Classes("m-2 p-2 border"), jp.Style("height: 400px"))
	l.grid = frame.AgGrid(df, jp.In(l))
	for _, eventName := range []string{"sortChanged", "filterChanged"} {
		l.grid.On(eventName, l.gridChange)
	}
	return l
}

// gridChange asks the browser for the grid's rows as it shows them.
func (l *LinkedChartGrid) gridChange(self *jp.Element, msg *jp.Msg) error {
	l.grid.RequestAPI(l.Ref(), "getDataAsCsv")
	return nil
}

// gridData draws the chart of the rows the browser sent.
func (l *LinkedChartGrid) gridData(msg *jp.Msg) error {
	var csv string
	if err := json.Unmarshal(msg.Result, &csv); err != nil {
		return err
	}
	df, err := frame.ReadCSV(csv)
	if err != nil || !slices.Equal(df.Header, l.df.Header) {
		return err // not the grid's CSV: an error's message
	}
	l.df = df
	l.chart.Options = frame.Plot(df, l.x, l.y, l.o)
	return nil
}

var (
	alcoholDF    = frame.Drinks()
	badDriversDF = frame.BadDrivers()
)

func gridTest15(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	linked := []*LinkedChartGrid{
		NewLinkedChartGrid(alcoholDF, 0, []int{1, 2, 3, 4}, frame.PlotOptions{Kind: "column", Stacking: "normal",
			Title: "Alcohol Consumption per Country", Subtitle: "538 data"}, jp.In(wp), jp.Classes("m-4 p-2 border")),
		NewLinkedChartGrid(badDriversDF, 0, []int{1, 2, 3, 4, 5, 6, 7}, frame.PlotOptions{Kind: "column",
			Title: "Bad Drivers per US State", Subtitle: "538 data"}, jp.In(wp), jp.Classes("m-4 p-2 border-4")),
	}
	wp.On("result_ready", func(wp *jp.WebPage, msg *jp.Msg) error {
		for _, l := range linked {
			if msg.RequestID == l.Ref() {
				return l.gridData(msg)
			}
		}
		return nil
	})
	return wp
}

func main() { jp.JustPy(gridTest15) }
