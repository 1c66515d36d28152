package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// Ticked rows are listed by id with their data, whatever the order they
// were ticked in; unticking them all says so.
func TestGridTest13(t *testing.T) {
	p := jptest.Serve(t, gridTest13).Open("/")
	g := p.All("jp-aggrid")[0]
	box := p.All("pre")[0]
	if box.Text != "Data will go here when you select rows" {
		t.Errorf("the box shows %q", box.Text)
	}
	p.SelectRows(g, 1)
	p.SelectRows(g, 0)
	if want := `Selected rows [0, 1]
 Row 0  Data: {"make": "Toyota", "model": "Celica", "price": 35000}
 Row 1  Data: {"make": "Ford", "model": "Mondeo", "price": 32000}`; box.Text != want {
		t.Errorf("the box shows %q, not %q", box.Text, want)
	}
	p.Dispatch(g, "grid:rowSelected", map[string]any{"rowId": "1", "selected": false})
	p.Dispatch(g, "grid:rowSelected", map[string]any{"rowId": "0", "selected": false})
	if box.Text != "No row selected" {
		t.Errorf("the box shows %q", box.Text)
	}
}
