package customcomponents

import (
	"encoding/json"
	"errors"
	"slices"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
	"github.com/justgo/justgo/examples/internal/catalog"
	"github.com/justgo/justgo/examples/internal/frame"
	"github.com/justgo/justgo/grid"
)

// LinkedChartGrid is JustPy's LinkedChartGrid: a column chart of a frame
// above a grid of it; sorting or filtering the grid redraws the chart
// with the rows the grid shows, in its order.
//
// JustPy's grid sends its rows as CSV (msg.data) with each event; JustGo's
// reports the sort or the filter, and the component asks the browser for
// the CSV (AG Grid's getDataAsCsv), which comes back as the page's
// result_ready (GridData). JustGo's grid does not report columnMoved and
// rowDragEnd, so those two are left out, as in the grids' grid_test14.
type LinkedChartGrid struct {
	*jp.Element
	df      frame.Table
	x       int
	y       []int
	options frame.PlotOptions // kind, stacking, title, subtitle
	chart   *chart.EChart
	grid    *grid.AgGrid
	request string // the id of its requests for the grid's rows
}

// NewLinkedChartGrid makes the chart of columns y against column x of df
// (a slice of structs, as the grid takes) and the grid under it.
func NewLinkedChartGrid(df any, x int, y []int, o frame.PlotOptions, opts ...jp.Opt) *LinkedChartGrid {
	c := &LinkedChartGrid{df: frame.Of(df), x: x, y: y, options: o}
	if c.options.Kind == "" {
		c.options.Kind = "column"
	}
	c.Element = jp.Make(c, "div", opts...)
	c.SetClasses("flex flex-col")
	c.chart = jp.EChart(frame.Plot(c.df, x, y, c.options), jp.In(c), jp.Classes("m-2 p-2 border"), jp.Style("height: 400px"))
	c.grid = frame.AgGrid(df, jp.In(c))
	c.request = "grid data " + c.grid.Ref()
	for _, eventName := range []string{"sortChanged", "filterChanged"} {
		c.grid.On(eventName, c.gridChange)
	}
	return c
}

// gridChange asks the browser for the grid's rows as it shows them.
func (c *LinkedChartGrid) gridChange(self *jp.Element, msg *jp.Msg) error {
	c.grid.RequestAPI(c.request, "getDataAsCsv")
	return nil
}

// GridData redraws the chart with the rows the browser sent, when msg is
// the answer to this component's request; the page's result_ready
// handler passes each answer to each of its components.
func (c *LinkedChartGrid) GridData(msg *jp.Msg) error {
	if msg.RequestID != c.request {
		return nil
	}
	var csv string
	if err := json.Unmarshal(msg.Result, &csv); err != nil {
		return err
	}
	df, err := frame.ReadCSV(csv) // jp.read_csv_from_string
	if err != nil || !slices.Equal(df.Header, c.df.Header) {
		return err // not the grid's CSV: an error's message
	}
	c.df = df
	c.chart.Options = frame.Plot(c.df, c.x, c.y, c.options)
	return nil
}

var (
	alcoholDF    = frame.Drinks()
	badDriversDF = frame.BadDrivers()
)

func gridTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	c := NewLinkedChartGrid(alcoholDF, 0, []int{1, 2, 3, 4}, frame.PlotOptions{Kind: "column", Stacking: "normal",
		Title: "Alcohol Consumption per Country", Subtitle: "538 data"}, jp.In(wp), jp.Classes("m-4 p-2 border"))
	d := NewLinkedChartGrid(badDriversDF, 0, []int{1, 2, 3, 4, 5, 6, 7}, frame.PlotOptions{Kind: "column",
		Title: "Bad Drivers per US State", Subtitle: "538 data"}, jp.In(wp), jp.Classes("m-4 p-2 border-4"))
	wp.On("result_ready", func(wp *jp.WebPage, msg *jp.Msg) error {
		return errors.Join(c.GridData(msg), d.GridData(msg))
	})
	return wp
}

// GridTest is JustPy's grid_test: two charts, each linked to a grid of its
// data (FiveThirtyEight's drinks and bad drivers, made up here): sorting
// or filtering a grid redraws its chart.
var GridTest = catalog.Example{Name: "grid_test", Doc: "Two charts, each redrawn when the grid of its data under it is sorted or filtered", Source: "grid_test_.go", App: catalog.Page(gridTest)}
