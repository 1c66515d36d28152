package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/justgo/justgo/static"
)

// typeset is true when the element of id holds KaTeX's HTML with a size,
// its fonts loaded from the App (a KaTeX font face in use, loaded).
const typeset = `(id => { const k = document.querySelector("#" + id + " .katex");
	if (!k) return false; const r = k.getBoundingClientRect();
	return r.width > 0 && r.height > 0 && [...document.fonts].some(f => f.family.includes("KaTeX") && f.status === "loaded") })`

// JustPy's eq_test, offline: the equations are typeset by KaTeX (inline,
// with a macro, in display mode) and the click's new source is typeset
// again; every request stays on the App.
func TestEquationsTypesetOfflineAndUpdate(t *testing.T) {
	needLibrary(t, &static.KaTeX, "dist/katex.min.js")
	srv := startExample(t, "apps/mathlab", "NO_INTERNET=True")
	tab := newBrowser(t)
	w := watchTab(tab)
	run(t, tab, chromedp.Navigate(srv.URL), waitConnected(),
		waitJS(typeset+`("eq1") && `+typeset+`("macro") && `+typeset+`("sum")`),
		// the macro became a double-struck R; display mode is KaTeX's block
		waitJS(`document.querySelector("#macro .katex").textContent.includes("R") && !!document.querySelector("#macro .mathbb")`),
		waitJS(`!!document.querySelector("#sum .katex-display") && !document.querySelector("#eq1 .katex-display")`),
		waitJS(`!document.querySelector("#eq1 annotation").textContent.includes("sqrt{d}")`),
		js(`window.__first = document.querySelector("#eq1 .katex")`),
		click("#modify"),
		waitJS(`document.querySelector("#eq1 annotation").textContent.endsWith("\\sqrt{d} + 1")`),
		waitJS(typeset+`("eq1") && document.querySelector("#eq1 .katex") !== window.__first`),
		// the page's patch left KaTeX's HTML alone: one rendering, no stale one beside it
		waitJS(`document.querySelectorAll("#eq1 .katex").length === 1`))
	w.check(t, srv.URL)
}

// A page without an equation loads no KaTeX; its first equation, added by
// a click, brings it, and is typeset.
func TestEquationByPatchLoadsKaTeX(t *testing.T) {
	needLibrary(t, &static.KaTeX, "dist/katex.min.js")
	srv := startExample(t, "apps/mathlab", "NO_INTERNET=True")
	tab := newBrowser(t)
	w := watchTab(tab)
	run(t, tab, chromedp.Navigate(srv.URL+"/late"), waitConnected(),
		waitJS(`!window.katex && !document.querySelector('script[src*="katex"]') && !document.querySelector('link[href*="katex"]')`),
		click("#add"),
		waitJS(typeset+`("late")`))
	w.check(t, srv.URL)
}

// JustPy's md_test: the Markdown rendered in Go shows as HTML, and each
// click's item arrives in the list.
func TestMarkdownUpdates(t *testing.T) {
	srv := startExample(t, "apps/mathlab", "NO_INTERNET=True")
	tab := newBrowser(t)
	run(t, tab, chromedp.Navigate(srv.URL+"/md"), waitConnected(),
		waitText("#md h1", "My List"),
		click("#item"), click("#item"),
		waitJS(`[...document.querySelectorAll("#md li")].map(li => li.innerHTML).join("|") === "<em>Item</em> <strong>1</strong>|<em>Item</em> <strong>2</strong>"`))
}
