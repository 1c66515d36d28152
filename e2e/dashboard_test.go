package e2e

import (
	"context"
	"os"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/justgo/justgo/static"
)

func needLibrary(t *testing.T, l *static.Library, file string) {
	t.Helper()
	if !static.Embedded.Has(l, file) {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI needs `make assets` for %s", l.Dir())
		}
		t.Skipf("no %s in static/local: run make assets", l.Dir())
	}
}

// A chart: drawn offline; a new title and new points arrive without the
// chart being drawn again; a window drops the oldest; a click on a point
// reaches Go with the point.
func TestEChart(t *testing.T) {
	needLibrary(t, &static.ECharts, "dist/echarts.min.js")
	srv := startExample(t, "apps/widgetlab", "NO_INTERNET=True")
	tab := newBrowser(t)
	w := watchTab(tab)
	const chart = `echarts.getInstanceByDom(document.querySelector("jp-echart"))`
	run(t, tab, chromedp.Navigate(srv.URL+"/chart"), waitConnected(),
		waitJS(`!!window.echarts && !!`+chart+` && !!document.querySelector("jp-echart canvas")`),
		js(`window.firstChart = `+chart),
		click("button:nth-of-type(2)"), waitJS(chart+`.getOption().title[0].text === "CPU"`),
		click("button:nth-of-type(1)"), click("button:nth-of-type(1)"),
		waitJS(`JSON.stringify(`+chart+`.getOption().series[0].data) === "[[1,3],[2,2],[3,3],[4,4]]"`),
		waitJS(`window.firstChart === `+chart))
	run(t, tab, atMiddle("jp-echart", func(x, y float64) action {
		return func(ctx context.Context, target *chromedp.Target) (chromedp.Void, error) {
			xy, err := chromedp.Evaluate[[]float64](`(() => { const r = document.querySelector("jp-echart").getBoundingClientRect(), p = `+chart+`.convertToPixel({seriesIndex: 0}, [2, 2]); return [r.x + p[0], r.y + p[1]] })()`)(ctx, target)
			if err != nil {
				return chromedp.Void{}, err
			}
			return chromedp.MouseClickXY(xy[0], xy[1])(ctx, target)
		}
	}), waitText("#clicked", "Clicked: cpu 1 [2 2]"))
	w.check(t, srv.URL)
}

// A grid: rows from Go structs, offline; adding, changing and removing
// rows travels as transactions that keep the person's sort; a click and an
// edit reach Go, and the edit is the server's row.
func TestAgGrid(t *testing.T) {
	needLibrary(t, &static.AgGrid, "dist/ag-grid-community.min.js")
	srv := startExample(t, "apps/widgetlab", "NO_INTERNET=True")
	tab := newBrowser(t)
	w := watchTab(tab)
	const g = `document.querySelector("jp-aggrid")`
	cell := func(row, col string) string {
		return `document.querySelector('jp-aggrid .ag-row[row-id="` + row + `"] .ag-cell[col-id="` + col + `"]')`
	}
	run(t, tab, chromedp.Navigate(srv.URL+"/grid"), waitConnected(),
		waitJS(`!!customElements.get("jp-aggrid") && `+g+`.jpShownIds().join() === "1,2,3"`),
		js(`window.firstGrid = `+g+`.api`),
		// The person sorts by name, descending.
		js(g+`.api.applyColumnState({state: [{colId: "name", sort: "desc"}]})`),
		waitJS(g+`.jpShownIds().join() === "3,2,1"`),
		click("button:nth-of-type(1)"), waitJS(g+`.jpShownIds().join() === "3,2,4,1"`),
		click("button:nth-of-type(2)"), waitJS(`!!`+cell("1", "name")+` && `+cell("1", "name")+`.textContent === "Ada Lovelace"`),
		click("button:nth-of-type(3)"), waitJS(g+`.jpShownIds().join() === "2,4,1"`),
		waitJS(`window.firstGrid === `+g+`.api && `+g+`.api.getColumnState().find(c => c.colId === "name").sort === "desc"`))
	run(t, tab, atMiddle(`jp-aggrid .ag-row[row-id="2"] .ag-cell[col-id="name"]`, func(x, y float64) action { return chromedp.MouseClickXY(x, y) }),
		waitText("#event", "Clicked: 2 name Grace"))
	// An edit: the grid's own editor, then the server's row.
	run(t, tab, js(g+`.api.startEditingCell({rowIndex: 0, colKey: "age"})`),
		waitJS(`!!document.querySelector("jp-aggrid .ag-cell-editor input")`),
		js(`document.querySelector("jp-aggrid .ag-cell-editor input").value = ""`),
		chromedp.KeyEvent("31"), chromedp.KeyEvent(kb.Enter),
		waitText("#event", "Edited: 2 age 31, server row 31"))
	w.check(t, srv.URL)
}
