package e2e

import (
	"testing"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// The browser side of what porting JustPy's tutorial needs
// (apps/portlab): set_focus, SVG, transitions, drag and drop, event
// properties and stopped propagation.

func TestSetFocusFollowsTheServer(t *testing.T) {
	srv := startExample(t, "apps/portlab", "NO_INTERNET=True")
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(srv.URL+"/focus"), waitConnected(),
		waitJS(`document.activeElement && document.activeElement.id === "in3"`),
		click("#move"), waitJS(`document.activeElement.id === "in1"`),
		click("#add"), waitJS(`document.activeElement.id === "late"`))
}

func TestSVGDrawsAtFirstPaintAndByPatch(t *testing.T) {
	srv := startExample(t, "apps/portlab", "NO_INTERNET=True")
	browser := newBrowser(t)
	const drawn = `(id => { const e = document.getElementById(id); if (!e || !(e instanceof SVGGraphicsElement)) return false;
		const b = e.getBBox(), r = e.getBoundingClientRect(); return b.width > 0 && r.width > 0 })`
	run(t, browser, chromedp.Navigate(srv.URL+"/svg"), waitConnected(),
		waitJS(drawn+`("first")`),
		waitJS(`document.getElementById("pic").viewBox.baseVal.width === 100`),
		click("#add"),
		waitJS(drawn+`("rect") && `+drawn+`("late") && `+drawn+`("inner")`),
		// a new <svg> made by a patch is in the SVG namespace, with viewBox in its case
		waitJS(`document.getElementById("second").namespaceURI === "http://www.w3.org/2000/svg" && document.getElementById("second").viewBox.baseVal.width === 10`),
		// 40 of 100 user units in 200 pixels: the viewBox scales the circle
		waitJS(`Math.round(document.getElementById("first").getBoundingClientRect().width) === 160`))
}

// transitionLog keeps, for each opacity transition of #box, whether the
// box was shown when it started, and its end: what a person sees, without
// catching a moment in the middle of it.
const transitionLog = `window.__tr = [];
document.addEventListener("transitionrun", e => { if (e.target.id === "box" && e.propertyName === "opacity") __tr.push("run:" + (getComputedStyle(e.target).display !== "none")); }, true);
document.addEventListener("transitionend", e => { if (e.target.id === "box" && e.propertyName === "opacity") __tr.push("end"); }, true);
document.addEventListener("transitioncancel", e => { if (e.target.id === "box" && e.propertyName === "opacity") __tr.push("cancel"); }, true);`

func TestTransitionsOnLoadHideAndShow(t *testing.T) {
	srv := startExample(t, "apps/portlab", "NO_INTERNET=True")
	browser := newBrowser(t)
	if _, err := chromedp.Call(browser, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: transitionLog}); err != nil {
		t.Fatal(err)
	}
	const opacity = `Number(getComputedStyle(document.getElementById("box")).opacity)`
	const shown = `getComputedStyle(document.getElementById("box")).display !== "none"`
	const played = `__tr.join(" ") === `
	defer func() {
		if t.Failed() {
			t.Logf("transitions: %s", get(t, browser, chromedp.Evaluate[string](`__tr.join(" ")`)))
		}
	}()
	run(t, browser, chromedp.Navigate(srv.URL+"/transition"),
		// load: it fades in, and its transition classes go when it is done
		waitJS(played+`"run:true end"`),
		waitJS(opacity+` === 1 && !document.getElementById("box").classList.contains("opacity-100")`),
		waitConnected(),
		click("#toggle"),
		// leave: shown while it fades, then hidden by the class
		waitJS(played+`"run:true end run:true end"`),
		waitJS(`!(`+shown+`) && document.getElementById("box").classList.contains("hidden")`),
		click("#toggle"),
		waitJS(played+`"run:true end run:true end run:true end"`),
		waitJS(shown+` && `+opacity+` === 1`),
		// Show plays them too
		click("#show"),
		waitJS(played+`"run:true end run:true end run:true end run:true end"`),
		waitJS(`document.getElementById("box").hidden && !(`+shown+`)`))
}

func TestDragAndDropReachesGo(t *testing.T) {
	srv := startExample(t, "apps/portlab", "NO_INTERNET=True")
	browser := newBrowser(t)
	// A person's drag, as the browser dispatches it: dragstart on the
	// image, dragover and drop on a box, one DataTransfer throughout.
	const drag = `(to => {
		const img = document.getElementById("img"), box = document.getElementById(to), dt = new DataTransfer();
		img.dispatchEvent(new DragEvent("dragstart", {bubbles: true, cancelable: true, dataTransfer: dt}));
		window.__dragged = img.classList.contains("bg-red-500");
		const over = new DragEvent("dragover", {bubbles: true, cancelable: true, dataTransfer: dt});
		box.dispatchEvent(over);
		window.__accepted = over.defaultPrevented;
		box.dispatchEvent(new DragEvent("drop", {bubbles: true, cancelable: true, dataTransfer: dt}));
		img.dispatchEvent(new DragEvent("dragend", {bubbles: true, dataTransfer: dt}));
		return true })`
	run(t, browser, chromedp.Navigate(srv.URL+"/drag"), waitConnected(),
		waitJS(drag+`("box2")`),
		waitJS(`window.__dragged && window.__accepted`),
		waitText("#log", "dropped on box2"),
		waitJS(`document.getElementById("img").parentElement.id === "box2" && !document.getElementById("img").classList.contains("bg-red-500")`),
		// text dragged from elsewhere names no element
		waitJS(`(() => { const dt = new DataTransfer(); dt.setData("text/plain", "hello");
			document.getElementById("box1").dispatchEvent(new DragEvent("drop", {bubbles: true, cancelable: true, dataTransfer: dt})); return true })()`),
		waitText("#log", "dropped something else: hello"))
}

// The event's properties the div lists come with its click; a div that
// stops propagation keeps its click from the div around it.
func TestEventPropertiesAndStoppedPropagation(t *testing.T) {
	srv := startExample(t, "apps/portlab", "NO_INTERNET=True")
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(srv.URL+"/events"), waitConnected(),
		click("#props"), waitJS(`document.getElementById("log").textContent === "props true false 1 click 8 outer"`),
		click("#stopper"), waitJS(`document.getElementById("log").textContent === "props true false 1 click 8 outer stopped"`))
}
