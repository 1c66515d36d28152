// Command grid_test4 is JustPy's grid_test4 (grids tutorial: creating
// grids, examples/grids_tutorial/creating_grids/grid_test4.py), ported to
// JustGo: a grid of three cars, Make, Model and Price — Toyota Celica
// 35000, Ford Mondeo 32000, Porsche Boxter 72000 — with the headers in
// bold and the cells centred. A click on a header sorts by that column
// (again for descending, a third time for none); the menu beside a header
// filters it.
//
// JustPy writes the grid's options as one JavaScript object, rows
// included. In JustGo the rows are Go values (here a slice of structs,
// whose json names are the fields and whose Go names the headers), and
// the other options are g.Options.
package main

import jp "github.com/justgo/justgo"

// car is a row; its fields are the grid's columns.
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

func gridTest4(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	grid := jp.AgGrid(rowData, jp.In(wp))
	grid.Options["defaultColDef"] = defaultColDef
	return wp
}

func main() { jp.JustPy(gridTest4) }
