// Command grid_test17 is JustPy's grid_test17 (grids tutorial: using
// pandas to create grids, the pandas extension,
// examples/grids_tutorial/pandas/grid_test17.py): grid_test16's grid of
// women in majors, filling the window, its columns sized to their
// contents; the server prints the rows it loaded.
//
// JustPy's auto_size=True is AG Grid's autoSizeStrategy option, fitting
// the columns to their cells. Its theme='ag-theme-material' has no
// counterpart: JustGo's grid draws AG Grid's Quartz theme (dark with the
// page's dark mode), and a theme is a JavaScript object that JSON options
// cannot carry. The data is made in Go (package frame) instead of
// downloading women_majors.csv.
package main

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/frame"
)

var wmDF = frame.WomenMajors()

func gridTest17(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	grid := jp.AgGrid(nil, jp.In(wp), jp.Style("height: 99vh; width: 100%"))
	grid.Options["autoSizeStrategy"] = jp.M{"type": "fitCellContents"}
	frame.Load(grid, wmDF)
	fmt.Println(grid.Rows())
	return wp
}

func main() { jp.JustPy(gridTest17) }
