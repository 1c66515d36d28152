// Command grid_test11 is JustPy's grid_test11 (grids tutorial: grid
// events, examples/grids_tutorial/grid_events/grid_test11.py): a grid of
// the percentage of women among the graduates of each major, a row for
// each year from 1970 to 2011, with a checkbox before each year; ticking
// one shows that year's data above the grid, and unticking the row shown
// empties it.
//
// JustPy downloads women_majors.csv into a pandas frame; the port makes a
// deterministic data set of the same shape in Go (package frame: eight of
// the majors, made-up values), a slice of structs the grid takes as a
// frame. AG Grid 36 ticks checkboxes only with the grid's rowSelection
// set, which JustPy's AG Grid did not need; the port sets it to
// "multiple". JustPy's msg.data is the row the browser had; here it is
// the server's, g.Row(id), and rows are known by their id (their
// position: the rows have no id field) rather than by where they are
// shown (msg.rowIndex).
package main

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/frame"
	"github.com/justgo/justgo/grid"
)

var wmDF = frame.WomenMajors()

// rowSelected2 shows the data of the row just ticked, and empties the box
// when the row it shows is unticked.
func rowSelected2(g *grid.AgGrid, rowDataDiv *jp.Element) jp.Handler {
	shown := "" // the id of the row whose data the box shows
	return func(self *jp.Element, msg *jp.Msg) error {
		d, _ := msg.Detail.(map[string]any)
		id := fmt.Sprint(d["rowId"])
		if d["selected"] == true {
			rowDataDiv.Text = frame.RowText(g, id)
			shown = id
		} else if shown == id {
			rowDataDiv.Text = ""
		}
		return nil
	}
}

func gridTest11(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	rowDataDiv := jp.Div(jp.In(wp))
	g := frame.AgGrid(wmDF, jp.In(wp))
	g.On("rowSelected", rowSelected2(g, rowDataDiv))
	g.Columns[0]["checkboxSelection"] = true
	g.Options["rowSelection"] = "multiple"
	return wp
}

func main() { jp.JustPy(gridTest11) }
