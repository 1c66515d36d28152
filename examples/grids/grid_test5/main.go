// Command grid_test5 is JustPy's grid_test5 (grids tutorial: creating
// grids, docs/grids_tutorial/creating_grids.md): grid_test4's three cars
// in a smaller grid, 200 pixels high and 300 wide, given by the grid's
// style.
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

func gridTest5(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	grid := jp.AgGrid(rowData, jp.In(wp), jp.Style("height: 200px; width: 300px; margin: 0.25em"))
	grid.Options["defaultColDef"] = defaultColDef
	return wp
}

func main() { jp.JustPy(gridTest5) }
