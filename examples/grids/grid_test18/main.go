// Command grid_test18 is JustPy's grid_test18 (grids tutorial: using
// pandas to create grids, modifying a grid after it is made,
// examples/grids_tutorial/pandas/grid_test18.py): grid_test16's grid of
// women in majors in pages, as many rows a page as fit, the Year column
// white on blue (lighter under the mouse), and every percentage coloured:
// under 20 bold on red, 20 to 50 on yellow, 50 and over on green.
//
// The cellClassRules are AG Grid expressions (x is the cell's value),
// strings the grid evaluates itself, as in JustPy. The data is made in Go
// (package frame) instead of downloading women_majors.csv.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/frame"
)

var wmDF = frame.WomenMajors()

func gridTest18(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	grid := frame.AgGrid(wmDF, jp.In(wp))
	grid.Options["pagination"] = true
	grid.Options["paginationAutoPageSize"] = true
	grid.Columns[0]["cellClass"] = []string{"text-white", "bg-blue-500", "hover:bg-blue-200"}
	for _, colDef := range grid.Columns[1:] {
		colDef["cellClassRules"] = jp.M{
			"font-bold":     "x < 20",
			"bg-red-300":    "x < 20",
			"bg-yellow-300": "x >= 20 && x < 50",
			"bg-green-300":  "x >= 50",
		}
	}
	return wp
}

func main() { jp.JustPy(gridTest18) }
