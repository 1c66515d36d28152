package matplotlib

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func plotTest2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	firstFigure := plot([]float64{0, 1, 4, 9}, "*", 20, "red", "First Figure Showing Second", "x data", "y data")
	secondFigure := plot([]float64{0, 1, 4, 9}, "+", 20, "red", "Second Figure Showing First", "x data", "y data")
	// The figure given when the chart is made
	figure(secondFigure, jp.In(wp))
	// The figure set after
	c := jp.EChart(nil, jp.Style("width: 640px; height: 480px"), jp.In(wp))
	c.Options = firstFigure
	return wp
}

// PlotTest2 is JustPy's plot_test2: two figures, the second shown first,
// one given when its chart is made and one set after.
var PlotTest2 = catalog.Example{Name: "plot_test2", Doc: "Two figures, the second shown first: one given to its chart, one set after (ECharts for matplotlib)", Source: "plot_test2.go", App: catalog.Page(plotTest2)}
