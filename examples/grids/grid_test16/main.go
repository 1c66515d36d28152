// Command grid_test16 is JustPy's grid_test16 (grids tutorial: using
// pandas to create grids, examples/grids_tutorial/pandas/grid_test16.py):
// a grid of the percentage of women among the graduates of each major, a
// row a year from 1970 to 2011. A click on a header sorts by its column;
// the menu beside a header filters it, with a number filter.
//
// JustPy loads a pandas frame read from women_majors.csv with
// grid.load_pandas_frame(df); in Go a frame is a slice of structs, made
// here (package frame: eight of the majors, made-up values, no download),
// and frame.Load gives the grid load_pandas_frame's columns: the fields,
// headed as AG Grid heads them, each with a number filter.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/frame"
)

var wmDF = frame.WomenMajors()

func gridTest16(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	grid := jp.AgGrid(nil, jp.In(wp))
	frame.Load(grid, wmDF)
	return wp
}

func main() { jp.JustPy(gridTest16) }
