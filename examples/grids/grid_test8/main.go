// Command grid_test8 is JustPy's grid_test8 (grids tutorial: creating
// grids, docs/grids_tutorial/creating_grids.md): the small grid of
// grid_test5, every column editable, the Model column in large red text
// whose cells turn blue under the mouse — Tailwind classes given to the
// column's cellClass.
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

func gridTest8(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	grid := jp.AgGrid(rowData, jp.In(wp), jp.Style("height: 200px; width: 300px; margin: 0.25em"))
	grid.Options["defaultColDef"] = defaultColDef
	for _, colDef := range grid.Columns {
		colDef["editable"] = true
	}
	grid.Columns[1]["cellClass"] = []string{"text-2xl", "text-red-500", "hover:bg-blue-500"}
	return wp
}

func main() { jp.JustPy(gridTest8) }
