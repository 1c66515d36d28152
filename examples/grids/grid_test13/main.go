// Command grid_test13 is JustPy's grid_test13 (grids tutorial: grid
// events, multiple row selection,
// examples/grids_tutorial/grid_events/grid_test13.py): the three cars in a
// small grid whose rows are ticked in the first column (several at once),
// and a box below listing the ticked rows by id with their data, or "No
// row selected".
//
// JustPy's msg.row_id is AG Grid's id of the row — its position, as the
// rows have no id field — and so is msg.Detail's rowId; the data is the
// server's row, g.Row(id).
package main

import (
	"fmt"
	"maps"
	"slices"
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

// rowSelected4 keeps the ticked rows' data by id and lists them.
func rowSelected4(g *grid.AgGrid, rowsDiv *jp.Element) jp.Handler {
	selectedRows := map[string]string{}
	return func(self *jp.Element, msg *jp.Msg) error {
		d, _ := msg.Detail.(map[string]any)
		rowID := fmt.Sprint(d["rowId"])
		if d["selected"] == true {
			selectedRows[rowID] = frame.RowText(g, rowID)
		} else {
			delete(selectedRows, rowID)
		}
		ids := slices.Sorted(maps.Keys(selectedRows))
		s := "Selected rows [" + strings.Join(ids, ", ") + "]"
		for _, i := range ids {
			s += fmt.Sprintf("\n Row %s  Data: %s", i, selectedRows[i])
		}
		if len(selectedRows) > 0 {
			rowsDiv.Text = s
		} else {
			rowsDiv.Text = "No row selected"
		}
		return nil
	}
}

func gridTest13(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
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
	g.On("rowSelected", rowSelected4(g, rowsDiv))
	return wp
}

func main() { jp.JustPy(gridTest13) }
