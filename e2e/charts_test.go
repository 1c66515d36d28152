package e2e

import (
	"context"
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/justgo/justgo/static"
)

// chartsEl is the page's chart i, chartsInstance its ECharts instance.
func chartsEl(i int) string       { return fmt.Sprintf(`document.querySelectorAll("jp-echart")[%d]`, i) }
func chartsInstance(i int) string { return `echarts.getInstanceByDom(` + chartsEl(i) + `)` }

// chartsDrawn waits until the page's chart i has an ECharts instance and a
// canvas.
func chartsDrawn(i int) action {
	return waitJS(fmt.Sprintf(`!!window.echarts && !!%s && !!%s && !!%s.querySelector("canvas")`, chartsEl(i), chartsInstance(i), chartsEl(i)))
}

// chartsAt runs at at the window's coordinates of a point of chart i:
// where is JavaScript that returns its [x, y] in the chart, c.
func chartsAt(i int, where string, at func(x, y float64) action) action {
	return func(ctx context.Context, target *chromedp.Target) (chromedp.Void, error) {
		xy, err := chromedp.Evaluate[[]float64](fmt.Sprintf(`(() => { const el = %s,
			r = el.querySelector("canvas").getBoundingClientRect(), c = echarts.getInstanceByDom(el), p = %s;
			return [r.x + p[0], r.y + p[1]] })()`, chartsEl(i), where))(ctx, target)
		if err != nil {
			return chromedp.Void{}, err
		}
		return at(xy[0], xy[1])(ctx, target)
	}
}

// JustPy's create_chart_test1, offline: the bar chart of fruit is drawn
// with its title, categories and series.
func TestChartsFirstChart(t *testing.T) {
	needLibrary(t, &static.ECharts, "dist/echarts.min.js")
	srv := startExample(t, "charts/create_chart_test1", "NO_INTERNET=True")
	tab := newBrowser(t)
	w := watchTab(tab)
	o := chartsInstance(0) + `.getOption()`
	run(t, tab, chromedp.Navigate(srv.URL), waitConnected(), chartsDrawn(0),
		waitJS(o+`.title[0].text === "Fruit Consumption"`),
		waitJS(`JSON.stringify(`+o+`.yAxis[0].data) === '["Apples","Bananas","Oranges"]'`),
		waitJS(`JSON.stringify(`+o+`.series.map(s => [s.type, s.name, s.data])) === '[["bar","Jane",[1,0,4]],["bar","John",[5,7,3]]]'`))
	w.check(t, srv.URL)
}

// JustPy's point_click on that chart: a click on John's Bananas bar, where
// ECharts drew it, reaches Go, which says what was clicked.
func TestChartsClickABar(t *testing.T) {
	needLibrary(t, &static.ECharts, "dist/echarts.min.js")
	srv := startExample(t, "chart_events", "NO_INTERNET=True")
	tab := newBrowser(t)
	w := watchTab(tab)
	run(t, tab, chromedp.Navigate(srv.URL), waitConnected(), chartsDrawn(0), waitText("#clicked", "Click a bar"))
	// The middle of John's (series 1) Bananas (category 1) bar: along it at
	// half its value, from ECharts' coordinates, across it from the bar's
	// own layout, as the two series' bars share the category's band.
	run(t, tab, chartsAt(0, `(() => {
			const bar = c.getModel().getSeriesByIndex(1).getData().getItemLayout(1);
			return [c.convertToPixel({seriesIndex: 1}, [3.5, 1])[0], bar.y + bar.height / 2] })()`, clickAt),
		waitText("#clicked", "You clicked John: Bananas = 7"))
	w.check(t, srv.URL)
}

// JustPy's chart_test: one page for everyone, its chart shifting every
// second in two tabs of one browser, the same points in both.
func TestChartsUpdatingInTwoTabs(t *testing.T) {
	needLibrary(t, &static.ECharts, "dist/echarts.min.js")
	srv := startExample(t, "charts/chart_test", "NO_INTERNET=True")
	browser := newBrowser(t)
	wa := watchTab(browser)
	data := `JSON.stringify(` + chartsInstance(0) + `.getOption().series.map(s => s.data))`
	o := chartsInstance(0) + `.getOption()`
	// shifts waits until the chart has moved: its 50 points are the ones it
	// had, less the oldest, and new ones.
	shifts := func(tb context.Context) {
		run(t, tb, waitJS(o+`.title[0].text === "Updating Chart" && `+o+`.series.every(s => s.data.length === 50)`),
			js(`window.before = `+data),
			waitJS(`(() => { const was = JSON.parse(window.before), now = `+o+`.series.map(s => s.data);
				if (now.some(d => d.length !== 50)) return false;
				for (let k = 1; k < 20; k++) if (now.every((d, i) => JSON.stringify(d.slice(0, 50 - k)) === JSON.stringify(was[i].slice(k)))) return true;
				return false })()`))
	}
	run(t, browser, chromedp.Navigate(srv.URL), waitConnected(), chartsDrawn(0))
	shifts(browser)
	// A second tab, once the chart has moved, gets it as it is now.
	tab, closeTab := newTab(t, browser)
	defer closeTab()
	wb := watchTab(tab)
	run(t, tab, chromedp.Navigate(srv.URL), waitConnected(), chartsDrawn(0))
	shifts(tab)
	shifts(browser) // in the background too
	// Both tabs show the same points (read between two ticks).
	for tries := 0; ; tries++ {
		a := get(t, browser, chromedp.Evaluate[string](data))
		b := get(t, tab, chromedp.Evaluate[string](data))
		if a == b {
			break
		}
		if tries > 20 {
			t.Fatalf("the tabs show different points:\n%s\n%s", a, b)
		}
	}
	wa.check(t, srv.URL)
	wb.check(t, srv.URL)
}

// JustPy's tooltip event (chart_test1): resting the mouse on a column of
// the second chart shows the tooltip the server computed.
func TestChartsServerTooltip(t *testing.T) {
	needLibrary(t, &static.ECharts, "dist/echarts.min.js")
	srv := startExample(t, "charts/chart_test1", "NO_INTERNET=True")
	tab := newBrowser(t)
	w := watchTab(tab)
	run(t, tab, chromedp.Navigate(srv.URL), waitConnected(), chartsDrawn(1))
	run(t, tab, chartsAt(1, `c.convertToPixel({seriesIndex: 0}, [2, 50])`, func(x, y float64) action {
		return chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x, y)
	}), waitJS(chartsEl(1)+`.innerText.includes("My tooltip!")`))
	w.check(t, srv.URL)
}
