// Command grid_test6 is JustPy's grid_test6 (grids tutorial: creating
// grids, docs/grids_tutorial/creating_grids.md): the small grid of
// grid_test5 with a fourth car, an Autocars Sussita for 3, added after the
// grid is made.
//
// JustPy appends to grid.options.rowData; JustGo's grid keeps its rows
// itself, and Upsert adds one (or replaces the row with its id).
package main

import jp "github.com/justgo/justgo"

type car struct {
	Make  string `json:"make"`
	Model string `json:"model"`
	Price int    `json:"price"`
}

var rowData = []car{
	{"Toyota", "Celica", 35000},
	{"Ford", "Mondeo", 32000},
	{"Porsche", "Boxter", 72000},
}

var defaultColDef = jp.M{
	"filter":      true,
	"sortable":    true,
	"resizable":   true,
	"cellStyle":   jp.M{"textAlign": "center"},
	"headerClass": "font-bold",
}

func gridTest6(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	grid := jp.AgGrid(rowData, jp.In(wp), jp.Style("height: 200px; width: 300px; margin: 0.25em"))
	grid.Options["defaultColDef"] = defaultColDef
	grid.Upsert(car{"Autocars", "Sussita", 3})
	return wp
}

func main() { jp.JustPy(gridTest6) }
