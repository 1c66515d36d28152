// Command grid_test10 is JustPy's grid_test10 (grids tutorial: running grid
// API commands, examples/grids_tutorial/grid_api/grid_test10.py): the three
// cars in a small grid whose rows are selected by the checkboxes of the
// first column (or a click on the row), a box below listing the selected
// rows and their data — "Selected rows [0, 2]", then a line for each —
// or "No row selected", and two buttons: "Deselect rows" and "Select all
// rows", which call AG Grid's API in the browser (deselectAll, selectAll).
//
// JustPy's run_api('selectAll()', msg.page) is grid.RunAPI("selectAll"):
// the method's name and its arguments as Go values, run in every browser
// that shows the grid. A row is known by its id — here its position, as
// the rows have no id field — where JustPy's msg.rowIndex is where the
// row is shown; the row's data is the server's, g.Row(id).
package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/frame"
	"github.com/justgo/justgo/grid"
)

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

func gridTest10(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	selectedRows := map[int]string{} // the selected rows' data, by id
	g := jp.AgGrid(rowData, jp.In(wp), jp.Style("height: 200px; width: 300px; margin: 0.25em"))
	g.Options["rowSelection"] = "multiple"
	g.Options["defaultColDef"] = jp.M{
		"filter":      true,
		"sortable":    true,
		"resizable":   true,
		"cellStyle":   jp.M{"textAlign": "center"},
		"headerClass": "font-bold",
	}
	g.Columns[0]["checkboxSelection"] = true
	rowsDiv := jp.Pre(jp.Text("Data will go here when you select rows"), jp.Classes("border text-lg"), jp.In(wp))
	g.On("rowSelected", func(self *jp.Element, msg *jp.Msg) error {
		d, _ := msg.Detail.(map[string]any)
		id, err := strconv.Atoi(fmt.Sprint(d["rowId"]))
		if err != nil {
			return nil
		}
		if d["selected"] == true {
			selectedRows[id] = frame.RowText(g, id)
		} else {
			delete(selectedRows, id)
		}
		rowsDiv.Text = selectedText(selectedRows)
		return nil
	})
	btnDeselect := jp.Button(jp.Text("Deselect rows"), jp.Classes(jp.Styles.ButtonSimple()+" m-2"), jp.In(wp))
	btnDeselect.On("click", deselectRows(g))
	btnSelectAll := jp.Button(jp.Text("Select all rows"), jp.Classes(jp.Styles.ButtonSimple()+" m-2"), jp.In(wp))
	btnSelectAll.On("click", selectAllRows(g))
	return wp
}

// selectedText lists the selected rows, in the order of their ids.
func selectedText(selectedRows map[int]string) string {
	if len(selectedRows) == 0 {
		return "No row selected"
	}
	ids := slices.Sorted(maps.Keys(selectedRows))
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = strconv.Itoa(id)
	}
	s := "Selected rows [" + strings.Join(names, ", ") + "]"
	for _, id := range ids {
		s += fmt.Sprintf("\n Row %d  Data: %s", id, selectedRows[id])
	}
	return s
}

func selectAllRows(g *grid.AgGrid) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		g.RunAPI("selectAll")
		return nil
	}
}

func deselectRows(g *grid.AgGrid) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		g.RunAPI("deselectAll")
		return nil
	}
}

func main() { jp.JustPy(gridTest10) }
