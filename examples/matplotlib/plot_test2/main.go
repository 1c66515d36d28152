// Command plot_test2 is JustPy's plot_test2 (tutorial: Matplotlib), shown
// with an ECharts chart in place of matplotlib's figure.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/matplotlib"
)

func main() { jp.Run(matplotlib.PlotTest2.App) }
