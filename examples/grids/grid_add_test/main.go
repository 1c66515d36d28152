// Command grid_add_test is JustPy's grid_add_test (grids tutorial: adding
// HTML to cells, examples/grids_tutorial/adding_html/grid_add_test.py): a
// grid of three cars with rows 200 pixels high whose Price column shows
// HTML — Toyota's price a plain 4, Ford's a large red 3, Porsche's a
// picture.
//
// JustPy's grid.html_columns = [2] gives the column a cell renderer, a
// JavaScript function that returns the value as HTML. JustGo's grid has no
// html_columns, and its JSON options carry no function, so the page sets
// the renderer itself when the browser is ready (page_ready): a few lines
// of JavaScript that wait for the grid and give those columns the same
// function. The picture is an inline SVG instead of python.org's logo,
// so that the page makes no request away from its server. Like JustPy's,
// the column shows its values as HTML: never give it text people typed.
package main

import (
	"encoding/json"
	"fmt"

	jp "github.com/justgo/justgo"
)

const picture = `<svg xmlns="http://www.w3.org/2000/svg" width="140" height="180" viewBox="0 0 140 180" role="img" aria-label="a Porsche Boxter">` +
	`<rect width="140" height="180" rx="12" fill="#dbeafe"/><circle cx="70" cy="80" r="46" fill="#1d4ed8"/>` +
	`<text x="70" y="160" font-size="20" text-anchor="middle" fill="#1e3a8a">Boxter</text></svg>`

func rowData() []jp.M {
	return []jp.M{
		{"make": "Toyota", "model": "Celica", "price": 4},
		{"make": "Ford", "model": "Mondeo", "price": `<div class="m-2 text-red-500 text-5xl">3</div>`},
		{"make": "Porsche", "model": "Boxter", "price": picture},
	}
}

// htmlColumns renders the values of the grid's columns at the indexes
// given as HTML, once the grid is in the browser.
func htmlColumns(gridID string, columns ...int) string {
	list, _ := json.Marshal(columns)
	return fmt.Sprintf(`(function render() {
  var g = document.getElementById(%q);
  if (!g || !g.api) return setTimeout(render, 20);
  var defs = g.api.getColumnDefs();
  %s.forEach(function (i) {
    if (defs[i] && defs[i].cellRenderer === undefined) defs[i].cellRenderer = function (p) { return p.value == null ? "" : p.value; };
  });
  g.api.setGridOption("columnDefs", defs);
})()`, gridID, list)
}

func gridAddTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	grid := jp.AgGrid(rowData(), jp.In(wp), jp.ID("cars"))
	grid.Options["rowHeight"] = 200
	grid.Columns = []jp.M{
		{"headerName": "Make", "field": "make"},
		{"headerName": "Model", "field": "model"},
		{"headerName": "Price", "field": "price"},
	}
	wp.On("page_ready", func(wp *jp.WebPage, msg *jp.Msg) error {
		wp.RunJavaScript(htmlColumns("cars", 2)) // grid.html_columns = [2]
		return nil
	})
	return wp
}

func main() { jp.JustPy(gridAddTest) }
