// Package matplotlib is JustPy's tutorial chapter "Matplotlib", shown with
// ECharts: JustPy draws the figure with Python's matplotlib on the server
// and sends it as SVG; Go has no matplotlib, so each plot is the same
// figure as an ECharts chart (package chart), drawn in the browser.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/matplotlib/NAME).
package matplotlib

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "matplotlib",
	Title:   "Matplotlib (on ECharts)",
	Sources: sources,
	Examples: []catalog.Example{
		PlotTest1,
		PlotTest2,
	},
}
