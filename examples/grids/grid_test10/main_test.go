package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// Ticking rows lists them with their data; the buttons call AG Grid's
// selectAll and deselectAll, whose selections arrive as the person's do.
func TestGridTest10(t *testing.T) {
	p := jptest.Serve(t, gridTest10).Open("/")
	g := p.All("jp-aggrid")[0]
	p.ShouldSee("Data will go here when you select rows")

	p.SelectRows(g, 2, 0)
	rowsDiv := p.All("pre")[0]
	if want := `Selected rows [0, 2]
 Row 0  Data: {"make": "Toyota", "model": "Celica", "price": 35000}
 Row 2  Data: {"make": "Porsche", "model": "Boxter", "price": 72000}`; rowsDiv.Text != want {
		t.Errorf("the box shows %q, not %q", rowsDiv.Text, want)
	}
	p.Dispatch(g, "grid:rowSelected", map[string]any{"rowId": "0", "selected": false})
	if want := "Selected rows [2]\n Row 2  Data: {\"make\": \"Porsche\", \"model\": \"Boxter\", \"price\": 72000}"; rowsDiv.Text != want {
		t.Errorf("the box shows %q, not %q", rowsDiv.Text, want)
	}

	p.Click(p.ByText("Select all rows"))
	calls := p.Calls()
	if last := calls[len(calls)-1]; last.ID != g.Ref || last.Method != "jpRunAPI" || last.Args[0] != "selectAll" {
		t.Fatalf("the button called %+v", last)
	}
	p.SelectRows(g, 0, 1, 2) // what selectAll does in the browser
	p.ShouldSee("Selected rows [0, 1, 2]")

	p.Click(p.ByText("Deselect rows"))
	calls = p.Calls()
	if last := calls[len(calls)-1]; last.Method != "jpRunAPI" || last.Args[0] != "deselectAll" {
		t.Fatalf("the button called %+v", last)
	}
	for _, id := range []string{"0", "1", "2"} {
		p.Dispatch(g, "grid:rowSelected", map[string]any{"rowId": id, "selected": false})
	}
	p.ShouldSee("No row selected")
}
