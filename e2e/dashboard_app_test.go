package e2e

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/justgo/justgo/static"
)

// examples/dashboard is a module of its own (it brings the SQLite driver):
// built there, not by build's ./examples/name of this repository's module.
func buildDashboard(t *testing.T) string {
	t.Helper()
	buildMu.Lock()
	defer buildMu.Unlock()
	const key = "module:examples/dashboard"
	if bin, ok := builtBin[key]; ok {
		return bin
	}
	bin := filepath.Join(binDir, "dashboard")
	cmd := exec.Command("go", "build", "-race", "-o", bin, ".")
	cmd.Dir = "../examples/dashboard"
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building examples/dashboard: %v\n%s", err, out)
	}
	builtBin[key] = bin
	return bin
}

// The dashboard's parts in a tab: the chart drawn with its points, the
// grid filled with the latest orders, the cards.
const (
	dashChart = `(() => { const c = document.querySelector("jp-echart"), e = window.echarts && c && echarts.getInstanceByDom(c);
		return !!e && !!c.querySelector("canvas") && e.getOption().series[0].data.length === 300 })()`
	dashGrid = `(() => { const g = document.querySelector("jp-aggrid");
		return !!g && !!g.api && g.jpShownIds().length === 50 && !!document.querySelector('jp-aggrid .ag-cell[col-id="status"]') })()`
	dashCards = `/^\d+$/.test(document.getElementById("kpi-today").textContent) && document.getElementById("kpi-revenue").textContent.startsWith("$")`
)

// toFront makes the tab the one shown: a tab behind another gets no
// animation frames, so that neither the chart nor the grid would draw.
func toFront(ctx context.Context, target *chromedp.Target) (chromedp.Void, error) {
	_, err := chromedp.Call(ctx, page.BringToFront, cdp.Empty{})
	return chromedp.Void{}, err
}

// loadFigures are what a tab's first load took, from the browser's
// Resource Timing, and when the chart and the grid were ready.
type loadFigures struct {
	Files       int     // the document and every file it loaded
	Transferred int     // bytes over the wire, headers included
	Decoded     int     // bytes once uncompressed
	ChartMS     float64 // from navigation start until the chart was drawn
	GridMS      float64 // … until the grid showed its rows
	Largest     string
}

// loadDashboard opens the dashboard in tab and waits until the chart is
// drawn and the grid filled, noting when each was first seen (polled every
// 20 ms), then reads the transfer figures.
func loadDashboard(t *testing.T, tab context.Context, url string) loadFigures {
	t.Helper()
	defer func() {
		if t.Failed() { // what was missing
			st, _ := chromedp.Run(tab, chromedp.Evaluate[any](`[document.visibilityState, `+dashChart+`, `+dashGrid+`]`))
			t.Logf("visibility, chart drawn, grid filled: %v", st)
		}
	}()
	run(t, tab, toFront, chromedp.Navigate(url), waitConnected(),
		waitJS(`(window.jpChartAt = window.jpChartAt || (`+dashChart+` && performance.now()),
			window.jpGridAt = window.jpGridAt || (`+dashGrid+` && performance.now()),
			!!window.jpChartAt && !!window.jpGridAt)`),
		waitJS(dashCards), waitJS(`document.readyState === "complete"`))
	// What loads after (Web Awesome's components, their chunks) counts
	// too: the figures are read once no file has come for half a second.
	for n, quiet, deadline := -1, time.Now(), time.Now().Add(10*time.Second); time.Since(quiet) < 500*time.Millisecond && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if m := get(t, tab, chromedp.Evaluate[int](`performance.getEntriesByType("resource").length`)); m != n {
			n, quiet = m, time.Now()
		}
	}
	var f loadFigures
	res := get(t, tab, chromedp.Evaluate[[]any](`[window.jpChartAt, window.jpGridAt,
		performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
			.map(e => [e.name, e.transferSize, e.decodedBodySize])]`))
	f.ChartMS, f.GridMS = res[0].(float64), res[1].(float64)
	var largest []string
	for _, e := range res[2].([]any) {
		e := e.([]any)
		f.Files++
		f.Transferred += int(e[1].(float64))
		f.Decoded += int(e[2].(float64))
		if e[1].(float64) > 100_000 {
			largest = append(largest, fmt.Sprintf("%s %.0f KB", e[0].(string)[strings.LastIndex(e[0].(string), "/")+1:], e[1].(float64)/1000))
		}
	}
	f.Largest = strings.Join(largest, ", ")
	return f
}

// The dashboard in two tabs of one browser, offline: the first load draws
// the chart and fills the grid (figures logged); a status changed in one
// tab's grid shows in the other's within a second, with a toast.
func TestDashboardInTwoTabs(t *testing.T) {
	needWidgets(t)
	needLibrary(t, &static.ECharts, "dist/echarts.min.js")
	needLibrary(t, &static.AgGrid, "dist/ag-grid-community.min.js")
	s := &server{bin: buildDashboard(t), dir: t.TempDir(), port: freePort(t), t: t, env: []string{"NO_INTERNET=True"}}
	s.URL = fmt.Sprintf("http://127.0.0.1:%d", s.port)
	s.start()
	t.Cleanup(s.stop)

	a := newBrowser(t)
	watchA := watchTab(a)
	first := loadDashboard(t, a, s.URL+"/")
	t.Logf("first load (cold server, cold browser cache): %d files, %.1f KB transferred (%.1f KB uncompressed); chart drawn at %.0f ms, grid filled at %.0f ms; over 100 KB: %s",
		first.Files, float64(first.Transferred)/1000, float64(first.Decoded)/1000, first.ChartMS, first.GridMS, first.Largest)
	// The second tab, its browser's cache emptied: a new visitor of a
	// server that has served the files once (and gzipped them then).
	b, closeB := newTab(t, a)
	defer closeB()
	watchB := watchTab(b)
	if _, err := chromedp.Call(b, network.ClearBrowserCache, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	second := loadDashboard(t, b, s.URL+"/")
	t.Logf("second tab (warm server, cold browser cache): %d files, %.1f KB transferred; chart drawn at %.0f ms, grid filled at %.0f ms",
		second.Files, float64(second.Transferred)/1000, second.ChartMS, second.GridMS)

	// The newest order the other tab shows too, given another status in
	// the first tab's grid, as an edit there would.
	const g = `document.querySelector("jp-aggrid")`
	var id string
	for deadline := time.Now().Add(5 * time.Second); id == ""; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the tabs show no order in common")
		}
		ids := get(t, b, chromedp.Evaluate[[]string](g+`.jpShownIds()`))
		for _, x := range get(t, a, chromedp.Evaluate[[]string](g+`.jpShownIds()`)) {
			if len(ids) > 0 && x == ids[0] {
				id = x
			}
		}
	}
	old := get(t, a, chromedp.Evaluate[string](fmt.Sprintf(g+`.api.getRowNode(%q).data.status`, id)))
	status := "shipped"
	if old == status {
		status = "delivered"
	}
	start := time.Now()
	run(t, a, js(fmt.Sprintf(g+`.api.getRowNode(%q).setDataValue("status", %q)`, id, status)))
	shown := fmt.Sprintf(`(%s.api.getRowNode(%q) || {data: {}}).data.status === %q`, g, id, status)
	for !get(t, b, chromedp.Evaluate[bool](shown)) {
		if time.Since(start) > 5*time.Second {
			t.Fatalf("order %s is not %s in the other tab after 5s", id, status)
		}
		time.Sleep(10 * time.Millisecond)
	}
	took := time.Since(start)
	t.Logf("order %s %s → %s: in the other tab after %v", id, old, status, took.Round(time.Millisecond))
	if took > time.Second {
		t.Errorf("the edit took %v to reach the other tab", took)
	}
	toast := fmt.Sprintf(`[...document.querySelectorAll("wa-toast-item")].some(e => e.textContent.trim() === "Order %s is now %s")`, id, status)
	run(t, a, waitJS(toast))
	run(t, b, waitJS(toast))
	watchA.check(t, s.URL)
	watchB.check(t, s.URL)
}
