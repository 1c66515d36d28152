// Command grid_test_checkbox1 is JustPy's grid_test_checkbox1 (grids
// tutorial: rendering checkboxes,
// examples/grids_tutorial/checkbox/grid_test_checkbox1.py): the three cars
// with an Enabled column drawn as checkboxes, Ford's ticked. Ticking or
// unticking one changes the server's row, and the handler prints the
// change (JustPy prints msg) — here also shown below the grid.
//
// JustPy's 'checkboxRenderer' is a renderer JustPy's grid script defines;
// AG Grid 36 has its own, agCheckboxCellRenderer, which changes the value
// when the column is editable and so fires cellValueChanged as JustPy's
// does.
package main

import (
	"fmt"

	jp "github.com/justgo/justgo"
)

type car struct {
	Make    string `json:"make"`
	Model   string `json:"model"`
	Price   int    `json:"price"`
	Enabled bool   `json:"enabled"`
}

var rowData = []car{
	{"Toyota", "Celica", 35000, false},
	{"Ford", "Mondeo", 32000, true},
	{"Porsche", "Boxter", 72000, false},
}

func gridTestCheckbox1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	grid := jp.AgGrid(rowData, jp.In(wp))
	grid.Options["defaultColDef"] = jp.M{
		"filter":      true,
		"sortable":    true,
		"resizable":   true,
		"cellStyle":   jp.M{"textAlign": "center"},
		"headerClass": "font-bold",
	}
	grid.Columns[3]["cellRenderer"] = "agCheckboxCellRenderer"
	grid.Columns[3]["editable"] = true
	changed := jp.P(jp.Classes("m-2"), jp.In(wp))
	grid.On("cellValueChanged", func(self *jp.Element, msg *jp.Msg) error {
		fmt.Println(msg.Detail)
		d, _ := msg.Detail.(map[string]any)
		row := grid.Row(d["rowId"])
		changed.Text = fmt.Sprintf("%v %v: %v is %v", row["make"], row["model"], d["column"], row[fmt.Sprint(d["column"])])
		return nil
	})
	return wp
}

func main() { jp.JustPy(gridTestCheckbox1) }
