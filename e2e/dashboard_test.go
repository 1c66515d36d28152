package e2e

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
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
		waitJS(`window.firstChart === `+chart),
		// The legend the person clicks reaches Go.
		js(chart+`.dispatchAction({type: "legendToggleSelect", name: "cpu"})`),
		waitText("#legend", "Legend: cpu map[cpu:false]"),
		js(chart+`.dispatchAction({type: "legendToggleSelect", name: "cpu"})`),
		// It follows its element's size and the page's dark mode.
		js(`document.querySelector("jp-echart").style.width = "400px"`),
		waitJS(chart+`.getWidth() === 400`),
		// (a change of theme draws it again with ECharts' dark theme, keeping its options)
		js(`document.documentElement.classList.add("dark")`),
		waitJS(`!!`+chart+` && `+chart+` !== window.firstChart && `+chart+`.getOption().series[0].data.length === 4`),
		js(`window.darkChart = `+chart+`, document.documentElement.classList.remove("dark")`),
		waitJS(`!!`+chart+` && `+chart+` !== window.darkChart`))
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
		waitText("#sorted", "Sorted: [map[colId:name sort:desc]]"),
		click("button:nth-of-type(1)"), waitJS(g+`.jpShownIds().join() === "3,2,4,1"`),
		click("button:nth-of-type(2)"), waitJS(`!!`+cell("1", "name")+` && `+cell("1", "name")+`.textContent === "Ada Lovelace"`),
		click("button:nth-of-type(3)"), waitJS(g+`.jpShownIds().join() === "2,4,1"`),
		waitJS(`window.firstGrid === `+g+`.api && `+g+`.api.getColumnState().find(c => c.colId === "name").sort === "desc"`))
	run(t, tab, atMiddle(`jp-aggrid .ag-row[row-id="2"] .ag-cell[col-id="name"]`, func(x, y float64) action { return chromedp.MouseClickXY(x, y) }),
		waitText("#event", "Clicked: 2 name Grace"),
		js(g+`.api.getRowNode("2").setSelected(true)`), waitText("#sorted", "Selected: [2]"),
		// Dark mode switches its theme.
		js(`window.light = getComputedStyle(`+g+`.querySelector(".ag-root-wrapper")).backgroundColor, document.documentElement.classList.add("dark")`),
		waitJS(`getComputedStyle(`+g+`.querySelector(".ag-root-wrapper")).backgroundColor !== window.light`),
		js(`document.documentElement.classList.remove("dark")`))
	// An edit: the grid's own editor, then the server's row.
	run(t, tab, js(g+`.api.startEditingCell({rowIndex: 0, colKey: "age"})`),
		waitJS(`!!document.querySelector("jp-aggrid .ag-cell-editor input")`),
		js(`document.querySelector("jp-aggrid .ag-cell-editor input").value = ""`),
		chromedp.KeyEvent("31"), chromedp.KeyEvent(kb.Enter),
		waitText("#event", "Edited: 2 age 31, server row 31"))
	w.check(t, srv.URL)
}

// frames records the sizes of the websocket frames a tab receives.
type frames struct {
	mu    sync.Mutex
	sizes []int
}

func watchFrames(tab context.Context) *frames {
	f := &frames{}
	chromedp.Listen(tab, func(ev any) {
		if e, ok := ev.(*network.EventWebSocketFrameReceived); ok {
			f.mu.Lock()
			f.sizes = append(f.sizes, len(e.Response.PayloadData))
			f.mu.Unlock()
		}
	})
	return f
}

// since returns the sizes recorded after the first n.
func (f *frames) since(n int) []int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]int(nil), f.sizes[n:]...)
}

func (f *frames) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.sizes)
}

// Streaming ten points into a chart of a hundred sends each in a small
// frame, and the zoom the person set stays.
func TestEChartStreamKeepsTheZoom(t *testing.T) {
	needLibrary(t, &static.ECharts, "dist/echarts.min.js")
	srv := startExample(t, "apps/widgetlab", "NO_INTERNET=True")
	tab := newBrowser(t)
	f := watchFrames(tab)
	const chart = `echarts.getInstanceByDom(document.querySelector("jp-echart"))`
	run(t, tab, chromedp.Navigate(srv.URL+"/stream"), waitConnected(),
		waitJS(`!!window.echarts && !!`+chart+` && `+chart+`.getOption().series[0].data.length === 100`),
		js(chart+`.dispatchAction({type: "dataZoom", start: 20, end: 60})`),
		waitJS(chart+`.getOption().dataZoom[0].start === 20`))
	before := f.count()
	run(t, tab, click("button"), waitJS(chart+`.getOption().series[0].data.length === 110`))
	zoom := get(t, tab, chromedp.Evaluate[[]float64](`[`+chart+`.getOption().dataZoom[0].start, `+chart+`.getOption().dataZoom[0].end]`))
	if zoom[0] != 20 || zoom[1] != 60 {
		t.Errorf("the zoom after streaming: %v", zoom)
	}
	sizes := f.since(before)
	if len(sizes) == 0 {
		t.Fatal("no frame")
	}
	for _, n := range sizes {
		if n >= 1024 {
			t.Errorf("a frame of %d bytes while streaming (all: %v)", n, sizes)
		}
	}
	t.Logf("frames while streaming ten points: %v bytes", sizes)
}

// One row of 10,000 changed: under 2 KB travels, and the grid — not made
// again — keeps its scroll position and selection.
func TestAgGridUpsertOneOfTenThousand(t *testing.T) {
	needLibrary(t, &static.AgGrid, "dist/ag-grid-community.min.js")
	srv := startExample(t, "apps/widgetlab", "NO_INTERNET=True")
	tab := newBrowser(t)
	f := watchFrames(tab)
	const g = `document.querySelector("jp-aggrid")`
	const state = `[` + g + `.api.getVerticalPixelRange().top, ` + g + `.api.getSelectedNodes().map(n => n.id).join(), window.firstGrid === ` + g + `.api]`
	run(t, tab, chromedp.Navigate(srv.URL+"/bigrid"), waitConnected(),
		waitJS(`!!customElements.get("jp-aggrid") && !!`+g+`.api && `+g+`.api.getDisplayedRowCount() === 10000`),
		js(`window.firstGrid = `+g+`.api`),
		js(g+`.api.getRowNode("3").setSelected(true)`),
		js(g+`.api.ensureIndexVisible(4990, "top")`),
		waitJS(g+`.api.getVerticalPixelRange().top > 1000`))
	before := get(t, tab, chromedp.Evaluate[[]any](state))
	n := f.count()
	run(t, tab, click("button"), waitJS(g+`.api.getRowNode("5000").data.name === "changed"`))
	after := get(t, tab, chromedp.Evaluate[[]any](state))
	if fmt.Sprint(after) != fmt.Sprint(before) || after[2] != true || after[1] != "3" {
		t.Errorf("scroll, selection, same grid: before %v, after %v", before, after)
	}
	total := 0
	for _, s := range f.since(n) {
		total += s
	}
	if total == 0 || total >= 2048 {
		t.Errorf("the upsert sent %d bytes", total)
	}
	t.Logf("upserting one row of 10,000: %d bytes", total)
}
