package grid_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/grid"
	"github.com/justgo/justgo/jptest"
)

type person struct {
	ID     int    `json:"id"`
	Name   string `json:"name"`
	Age    int    `json:"age,omitempty"`
	secret string
	Skip   string `json:"-"`
}

// Columns come from the struct's exported fields, named as encoding/json
// names them.
func TestColumnsFromStructs(t *testing.T) {
	g := grid.New([]person{{ID: 1, Name: "Ada", Age: 36, secret: "x"}})
	cols, _ := json.Marshal(g.Columns)
	if want := `[{"field":"id","headerName":"ID"},{"field":"name","headerName":"Name"},{"field":"age","headerName":"Age"}]`; string(cols) != want {
		t.Errorf("columns %s", cols)
	}
	if r := g.Row(1); r["name"] != "Ada" || r["secret"] != nil {
		t.Errorf("row %v", r)
	}
	if err := g.SetRows(42); err == nil {
		t.Error("rows of an int taken")
	}
}

// A thousand rows, one changed, one added, one removed: one transaction of
// three rows travels, never the data.
func TestRowsTravelAsTransactions(t *testing.T) {
	var g *grid.AgGrid
	page := func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		var rows []grid.M
		for i := 0; i < 1000; i++ {
			rows = append(rows, grid.M{"id": i, "name": fmt.Sprint("row ", i)})
		}
		g = grid.New(rows, jp.In(wp))
		b := jp.Button(jp.Text("Change"), jp.In(wp))
		b.On("click", func(*jp.Element, *jp.Msg) error {
			g.Row(500)["name"] = "changed"
			g.Upsert(grid.M{"id": 1000, "name": "new"})
			g.Remove(7)
			return nil
		})
		return wp
	}
	p := jptest.Serve(t, page).Open("/")
	node := p.All("jp-aggrid")[0]
	p.Click(p.ByRole("button", "Change"))
	calls := p.Calls()
	if len(calls) != 1 {
		t.Fatalf("calls %v", calls)
	}
	got, _ := json.Marshal(calls[0])
	want := `{"id":"` + node.Ref + `","m":"jpTransaction","args":[{"add":[{"id":1000,"name":"new"}],"remove":[{"id":"7"}],"update":[{"id":500,"name":"changed"}]}]}`
	if string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	rows := p.GridRows(node)
	if len(rows) != 1000 || p.GridRow(node, 500)["name"] != "changed" || p.GridRow(node, 7) != nil || p.GridRow(node, 1000)["name"] != "new" {
		t.Errorf("the browser's rows: %d, 500 %v, 7 %v", len(rows), p.GridRow(node, 500), p.GridRow(node, 7))
	}
	// An edit in the browser is the server's row, and is not sent back.
	p.Dispatch(node, "grid:cellValueChanged", map[string]any{"rowId": "3", "column": "name", "oldValue": "row 3", "newValue": "edited"})
	if g.Row(3)["name"] != "edited" {
		t.Errorf("row 3: %v", g.Row(3))
	}
	if n := len(p.Calls()); n != 1 {
		t.Errorf("the edit came back: %v", p.Calls()[1:])
	}
}

// Events reach On's handlers with the grid's detail.
func TestGridEvents(t *testing.T) {
	page := func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		g := grid.New([]grid.M{{"id": "a", "n": 1}}, jp.In(wp))
		out := jp.P(jp.In(wp))
		g.On("cellClicked", func(_ *jp.Element, msg *jp.Msg) error {
			d := msg.Detail.(map[string]any)
			out.Text = fmt.Sprint("clicked ", d["rowId"], " ", d["column"])
			return nil
		})
		g.On("cellValueChanged", func(_ *jp.Element, msg *jp.Msg) error {
			out.Text = fmt.Sprint("now ", g.Row("a")["n"])
			return nil
		})
		return wp
	}
	p := jptest.Serve(t, page).Open("/")
	node := p.All("jp-aggrid")[0]
	p.ClickCell(node, "a", "n")
	p.ShouldSee("clicked a n")
	p.EditCell(node, "a", "n", 2)
	p.ShouldSee("now 2")
	if r := p.GridRow(node, "a"); r["n"] != 2.0 {
		t.Errorf("the browser's row after the edit: %v", r)
	}
	if !strings.Contains(fmt.Sprint(node.Prop("options")), "rowId:id") {
		t.Errorf("options %v", node.Prop("options"))
	}
}

// Rows without an id get numbers never given twice: a removal then an
// addition replaces nothing.
func TestRowsWithoutIDs(t *testing.T) {
	g := grid.New([]grid.M{{"n": "a"}, {"n": "b"}, {"n": "c"}})
	g.Remove(0)
	g.Upsert(grid.M{"n": "d"})
	var got []string
	for _, r := range g.Rows() {
		got = append(got, fmt.Sprint(r["id"], r["n"]))
	}
	if strings.Join(got, " ") != "1b 2c 3d" {
		t.Errorf("rows %v", got)
	}
}
