package e2e

import (
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/justgo/justgo/static"
)

// gridJS is the page's grid, as a script names it.
const gridJS = `document.querySelector("jp-aggrid")`

// gridReady waits until the grid is built and shows n rows.
func gridReady(n int) action {
	return waitJS(`!!customElements.get("jp-aggrid") && !!` + gridJS + `.api && ` + gridJS + `.jpShownIds().length === ` + strconv.Itoa(n))
}

// gridCell is the CSS selector of a grid cell by row id and column.
func gridCell(row, col string) string {
	return `jp-aggrid .ag-row[row-id="` + row + `"] .ag-cell[col-id="` + col + `"]`
}

// JustPy's grid_test4: the three cars; a click on the Price header sorts
// by price, a second click the other way.
func TestGridsTest4SortsByAHeaderClick(t *testing.T) {
	needLibrary(t, &static.AgGrid, "dist/ag-grid-community.min.js")
	srv := startExample(t, "grids/grid_test4")
	tab := newBrowser(t)
	w := watchTab(tab)
	shown := func(ids string) action { return waitJS(gridJS + `.jpShownIds().join() === "` + ids + `"`) }
	clickHeader := atMiddle(`jp-aggrid .ag-header-cell[col-id="price"] .ag-header-cell-text`, func(x, y float64) action { return chromedp.MouseClickXY(x, y) })
	run(t, tab, chromedp.Navigate(srv.URL+"/"), waitConnected(), gridReady(3), shown("0,1,2"),
		waitText(`jp-aggrid .ag-header-cell[col-id="make"] .ag-header-cell-text`, "Make"),
		waitText(`jp-aggrid .ag-header-cell[col-id="model"] .ag-header-cell-text`, "Model"),
		waitText(`jp-aggrid .ag-header-cell[col-id="price"] .ag-header-cell-text`, "Price"),
		waitText(gridCell("0", "make"), "Toyota"), waitText(gridCell("0", "model"), "Celica"), waitText(gridCell("0", "price"), "35000"),
		waitText(gridCell("1", "make"), "Ford"), waitText(gridCell("1", "price"), "32000"),
		waitText(gridCell("2", "model"), "Boxter"), waitText(gridCell("2", "price"), "72000"))
	run(t, tab, clickHeader, shown("1,0,2")) // Mondeo 32000, Celica 35000, Boxter 72000
	// The rows on the screen are in that order, top to bottom, once they
	// have slid into place.
	run(t, tab, waitJS(`[...document.querySelectorAll("jp-aggrid .ag-row")].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map(r => r.getAttribute("row-id")).join() === "1,0,2"`))
	run(t, tab, clickHeader, shown("2,0,1"))
	w.check(t, srv.URL)
}

// examples/grid_edit: a price changed in one tab's grid editor is said on
// that page and shows in the other tab's grid within a second.
func TestGridsEditShowsInTheOtherTab(t *testing.T) {
	needLibrary(t, &static.AgGrid, "dist/ag-grid-community.min.js")
	srv := startExample(t, "grid_edit")
	tab := newBrowser(t)
	w := watchTab(tab)
	other, cancel := newTab(t, tab)
	defer cancel()
	wOther := watchTab(other)
	run(t, other, chromedp.Navigate(srv.URL+"/"), waitConnected(), gridReady(3), waitText(gridCell("3", "price"), "72000"))
	run(t, tab, chromedp.Navigate(srv.URL+"/"), waitConnected(), gridReady(3), waitText(gridCell("3", "price"), "72000"),
		js(gridJS+`.api.startEditingCell({rowIndex: 2, colKey: "price"})`),
		waitJS(`!!document.querySelector("jp-aggrid .ag-cell-editor input")`),
		js(`document.querySelector("jp-aggrid .ag-cell-editor input").value = ""`),
		chromedp.KeyEvent("99"), chromedp.KeyEvent(kb.Enter),
		waitText("#change", "Porsche Boxter: 72000 → 99"), waitText(gridCell("3", "price"), "99"))
	start := time.Now()
	run(t, other, waitJS(gridJS+`.api.getRowNode("3").data.price === 99`))
	if d := time.Since(start); d > time.Second {
		t.Errorf("the other tab's grid took %v", d)
	}
	run(t, other, waitText(gridCell("3", "price"), "99"), waitText("#change", "Porsche Boxter: 72000 → 99"))
	w.check(t, srv.URL)
	wOther.check(t, srv.URL)
}
