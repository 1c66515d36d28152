package e2e

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/justgo/justgo/static"
)

// needWidgets fails in CI, and skips elsewhere, without Web Awesome in the
// binary: the widget tests run offline on what `make assets` fetched.
func needWidgets(t *testing.T) {
	t.Helper()
	if !static.Embedded.Has(&static.WebAwesome, "dist-cdn/webawesome.loader.js") {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI needs `make assets` for the widget tests")
		}
		t.Skip("no Web Awesome in static/local: run make assets")
	}
}

// watch records the tab's requests and console errors.
type watch struct {
	mu     sync.Mutex
	urls   []string
	errors []string
}

func watchTab(tab context.Context) *watch {
	w := &watch{}
	chromedp.Listen(tab, func(ev any) {
		w.mu.Lock()
		defer w.mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			w.urls = append(w.urls, e.Request.URL)
		case *runtime.EventExceptionThrown:
			w.errors = append(w.errors, e.ExceptionDetails.Text+" "+describeException(e.ExceptionDetails))
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				w.errors = append(w.errors, strings.Join(parts, " "))
			}
		}
	})
	return w
}

// reset forgets what the tab did so far: a tab that goes on to another
// page is checked for that page alone.
func (w *watch) reset() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.urls, w.errors = nil, nil
}

// check fails the test for a request that left base or a console error.
func (w *watch) check(t *testing.T, base string) {
	t.Helper()
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, u := range w.urls {
		if !strings.HasPrefix(u, base+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
			t.Errorf("a request left loopback: %s", u)
		}
	}
	for _, e := range w.errors {
		t.Errorf("console error: %s", e)
	}
}

// js runs an expression in the tab.
func js(expr string) action {
	return func(ctx context.Context, target *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Evaluate[any]("void ("+expr+")")(ctx, target)
		return chromedp.Void{}, err
	}
}

// clickText clicks the middle of the first element of tag whose own text is text.
func clickText(tag, text string) action {
	sel := fmt.Sprintf(`%s[data-jp-text=%q]`, tag, text)
	click := atMiddle(sel, func(x, y float64) action { return chromedp.MouseClickXY(x, y) })
	uncovered := waitJS(fmt.Sprintf(uncoveredJS, sel))
	return func(ctx context.Context, target *chromedp.Target) (chromedp.Void, error) {
		// As a person clicks what they see: once nothing covers the element
		// (a closing popup still fading out over it takes the click).
		if _, err := uncovered(ctx, target); err != nil {
			return chromedp.Void{}, err
		}
		return click(ctx, target)
	}
}

// uncoveredJS is true when the element %q is what a click at its middle
// reaches (itself, or something inside it or its shadow tree).
const uncoveredJS = `(() => { const b = document.querySelector(%q); if (!b) return false;
	const r = b.getBoundingClientRect(); let e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
	while (e && e !== b) e = e.parentElement || (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
	return e === b })()`

// dialogGone is true once the dialog has finished closing (its backdrop no
// longer takes clicks).
const dialogGone = `!document.querySelector("wa-dialog").shadowRoot.querySelector("dialog").open`

// The gallery, line by line, as a person checks it, offline.
func TestWidgetsGallery(t *testing.T) {
	needWidgets(t)
	srv := startExample(t, "widgets", "NO_INTERNET=True")
	tab := newBrowser(t)
	w := watchTab(tab)
	run(t, tab, chromedp.Navigate(srv.URL+"/"), waitConnected(),
		waitJS(`["wa-input","wa-switch","wa-select","wa-slider","wa-dialog","wa-tab-group","wa-tree"].every(t => customElements.get(t))`),
		// Mark elements by their own text, for clicking.
		js(`document.querySelectorAll("wa-button, wa-option, wa-tab, wa-tree-item").forEach(e => e.dataset.jpText = e.firstChild && e.firstChild.nodeType === 3 ? e.firstChild.data : "")`))

	// Typing into the input.
	run(t, tab, js(`document.querySelector("wa-input").focus()`), chromedp.KeyEvent("Ada"), waitBodyHas("Hello, Ada"))

	// The switch darkens the page, and back.
	run(t, tab, click("wa-switch"), waitJS(`document.documentElement.classList.contains("wa-dark") && document.documentElement.classList.contains("dark")`),
		click("wa-switch"), waitJS(`!document.documentElement.classList.contains("wa-dark")`))

	// Two fruits of three.
	run(t, tab, click("wa-select"), waitJS(`document.querySelector("wa-select").open`),
		clickText("wa-option", "Apple"), clickText("wa-option", "Cherry"), waitBodyHas("Chosen: Apple, Cherry"),
		chromedp.KeyEvent(kb.Escape), waitJS(`!document.querySelector("wa-select").open`))

	// The slider, by its keys.
	run(t, tab, js(`document.querySelector("wa-slider").focus()`), chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent(kb.ArrowRight),
		waitBodyHas("Volume: 52"))

	// The dialog: opened by the server, closed by its button, by Escape, and opened again.
	run(t, tab, clickText("wa-button", "Open dialog"), waitJS(`document.querySelector("wa-dialog").open`), waitBodyHas("Dialog open"),
		clickText("wa-button", "Close"), waitJS(`!document.querySelector("wa-dialog").open`), waitBodyHas("Dialog closed"), waitJS(dialogGone),
		clickText("wa-button", "Open dialog"), waitBodyHas("Dialog open"),
		chromedp.KeyEvent(kb.Escape), waitJS(`!document.querySelector("wa-dialog").open`), waitBodyHas("Dialog closed"), waitJS(dialogGone),
		clickText("wa-button", "Open dialog"), waitJS(`document.querySelector("wa-dialog").open`), waitBodyHas("Dialog open"),
		clickText("wa-button", "Close"), waitBodyHas("Dialog closed"), waitJS(dialogGone))

	// A toast that goes by itself, from a button with an icon of the App's own.
	run(t, tab, waitJS(`!!document.querySelector('wa-icon[name="bell"]').shadowRoot.querySelector("svg path")`),
		clickText("wa-button", "Notify"),
		waitJS(`[...document.querySelectorAll("wa-toast-item")].some(e => e.textContent.trim() === "Saved")`),
		waitJS(`document.querySelectorAll("wa-toast-item").length === 0`))

	// Tabs.
	run(t, tab, clickText("wa-tab", "Two"), waitBodyHas("Tab: two"),
		waitJS(`document.querySelector('wa-tab-panel[name="two"]').active && document.querySelector('wa-tab-panel[name="two"]').textContent.trim() === "Panel two"`))

	// The tree.
	run(t, tab, clickText("wa-tree-item", "Banana"), waitBodyHas("Selected: Banana"))
	w.check(t, srv.URL)
}

func describeException(d *runtime.ExceptionDetails) string {
	if d.Exception != nil {
		return d.Exception.Description
	}
	return ""
}

// Typed fast into a web component while its handler sleeps, every
// character arrives and the field keeps them: the server's stale echoes
// are not applied.
func TestWidgetTypingWhileHandlerSleeps(t *testing.T) {
	needWidgets(t)
	srv := startExample(t, "apps/widgetlab")
	tab := newBrowser(t)
	const text = "the quick brown fox"
	run(t, tab, chromedp.Navigate(srv.URL+"/slow"), waitConnected(), waitJS(`!!customElements.get("wa-input")`),
		js(`document.querySelector("wa-input").focus()`), chromedp.KeyEvent(text),
		waitText("#echo", text),
		waitJS(fmt.Sprintf(`document.querySelector("wa-input").value === %q`, text)))
}

// A handler that adds the page's first widget, opens it and calls methods
// of another in one update: the library loads, then all happen, and a
// method's result comes back.
func TestWidgetAddedOpenedAndCalledInOneUpdate(t *testing.T) {
	needWidgets(t)
	srv := startExample(t, "apps/widgetlab", "NO_INTERNET=True")
	tab := newBrowser(t)
	w := watchTab(tab)
	run(t, tab, chromedp.Navigate(srv.URL+"/late"), waitConnected())
	if get(t, tab, chromedp.Evaluate[bool](`!!document.querySelector('script[src*="webawesome"]') || !!window.customElements.get("wa-dialog")`)) {
		t.Fatal("a page without widgets loaded Web Awesome")
	}
	run(t, tab, click("button"),
		waitJS(`!!customElements.get("wa-dialog") && document.querySelector("wa-dialog").open`),
		waitJS(`document.activeElement === document.querySelector("wa-input")`),
		waitText("#answer", "valid true"))
	w.check(t, srv.URL)
}

// Two browsers on one page both see a toast one of them asked for.
func TestToastReachesEveryBrowser(t *testing.T) {
	needWidgets(t)
	srv := startExample(t, "apps/widgetlab")
	a, b := newBrowser(t), newBrowser(t)
	for _, tab := range []context.Context{a, b} {
		run(t, tab, chromedp.Navigate(srv.URL+"/shared"), waitConnected(), waitJS(`!!customElements.get("wa-button")`))
	}
	run(t, a, click("wa-button"))
	for _, tab := range []context.Context{a, b} {
		run(t, tab, waitJS(`[...document.querySelectorAll("wa-toast-item")].some(e => e.textContent.trim() === "Hello, everyone")`))
	}
}

// After a cut connection, while the page changed, the browser resyncs it
// whole: the tab chosen, the tree's nesting and what the components set on
// themselves stay, a chart and a grid stay as they were (not made again),
// with no console error.
func TestWidgetsSurviveAFullResync(t *testing.T) {
	needWidgets(t)
	srv := startExample(t, "apps/widgetlab")
	tab := newBrowser(t)
	w := watchTab(tab)
	run(t, tab, chromedp.Navigate(srv.URL+"/resync"), waitConnected(),
		waitJS(`!!customElements.get("wa-tab-group") && !!customElements.get("wa-tree-item")`),
		js(`document.querySelectorAll("wa-tab")[1].click()`),
		waitJS(`document.querySelector('wa-tab-panel[name="two"]').hasAttribute("active")`))
	const own = `(() => {
		const item = document.querySelectorAll("wa-tree-item")[1], tree = document.querySelector("wa-tree");
		return [tree.getAttribute("role"), item.getAttribute("slot"), item.getAttribute("role"), item.parentElement.textContent.trim().startsWith("Fruits"),
			document.querySelector("wa-tab-group").getAttribute("active"), document.querySelectorAll("wa-tab")[1].getAttribute("aria-selected")].join(",")
	})()`
	// A chart and a grid too, which must not be made again.
	const libs = `(() => { const c = echarts.getInstanceByDom(document.querySelector("jp-echart")), g = document.querySelector("jp-aggrid").api;
		return [c === window.c0, g === window.g0, JSON.stringify(c.getOption().series[0].data), g.getDisplayedRowCount()].join(",") })()`
	run(t, tab, waitJS(`!!window.echarts && !!echarts.getInstanceByDom(document.querySelector("jp-echart")) && !!document.querySelector("jp-aggrid").api`),
		js(`window.c0 = echarts.getInstanceByDom(document.querySelector("jp-echart")), window.g0 = document.querySelector("jp-aggrid").api`))
	if got := get(t, tab, chromedp.Evaluate[string](libs)); got != "true,true,[3,5],2" {
		t.Fatalf("chart and grid before the cut: %s", got)
	}
	before := get(t, tab, chromedp.Evaluate[string](own))
	if before != "tree,children,treeitem,true,two,true" {
		t.Fatalf("before the cut: %s", before)
	}
	resp := httpGet(t, srv.URL+"/cut")
	if resp.StatusCode != 200 {
		t.Fatalf("cut: %d", resp.StatusCode)
	}
	run(t, tab, waitText("#count", "1"), waitConnected())
	if after := get(t, tab, chromedp.Evaluate[string](own)); after != before {
		t.Errorf("after a full resync: %s, before: %s", after, before)
	}
	run(t, tab, waitJS(`document.querySelector('wa-tab-panel[name="two"]').hasAttribute("active")`))
	if got := get(t, tab, chromedp.Evaluate[string](libs)); got != "true,true,[3,5],2" {
		t.Errorf("chart and grid after a full resync: %s", got)
	}
	w.check(t, srv.URL)
}
