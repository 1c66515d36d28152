package matplotlib

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func plotTest1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	fig := plot([]float64{0, 1, 4, 9}, "*", 20, "red", "Matplotlib Example", "x data", "y data")
	figure(fig, jp.In(wp))
	return wp
}

// PlotTest1 is JustPy's plot_test1: a line of four points with star
// markers, a title and axis labels.
var PlotTest1 = catalog.Example{Name: "plot_test1", Doc: "A line of four points with star markers, titled and labelled (ECharts for matplotlib)", Source: "plot_test1.go", App: catalog.Page(plotTest1)}
