// Command grid_test7 is JustPy's grid_test7 (grids tutorial: creating
// grids, docs/grids_tutorial/creating_grids.md): the small grid of
// grid_test5 with every column editable — select a cell and type, or
// double-click it — and a checkbox in the second column that selects its
// row.
//
// AG Grid 36 selects rows only when the grid's rowSelection is set, which
// the AG Grid JustPy shipped did not need; the port sets it to "multiple"
// so that the checkboxes tick as they do in JustPy.
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

func gridTest7(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	grid := jp.AgGrid(rowData, jp.In(wp), jp.Style("height: 200px; width: 300px; margin: 0.25em"))
	grid.Options["defaultColDef"] = defaultColDef
	for _, colDef := range grid.Columns {
		colDef["editable"] = true
	}
	grid.Columns[1]["checkboxSelection"] = true
	grid.Options["rowSelection"] = "multiple"
	return wp
}

func main() { jp.JustPy(gridTest7) }
