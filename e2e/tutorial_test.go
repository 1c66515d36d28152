package e2e

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/justgo/justgo/static"
)

// The examples of JustPy's tutorial, doing what each tutorial page tells a
// person to do and checking what the page then shows.

// open starts an example and loads path in a new browser.
func open(t *testing.T, name, path string, env ...string) (*server, context.Context) {
	t.Helper()
	srv := startExample(t, name, env...)
	tab := newBrowser(t)
	run(t, tab, chromedp.Navigate(srv.URL+path), waitConnected())
	return srv, tab
}

// atMiddle runs the mouse action at the middle of the first element
// matching sel.
func atMiddle(sel string, at func(x, y float64) action) action {
	return func(ctx context.Context, target *chromedp.Target) (chromedp.Void, error) {
		xy, err := chromedp.Evaluate[[]float64](fmt.Sprintf(
			`(() => { const r = document.querySelector(%q).getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2] })()`, sel))(ctx, target)
		if err != nil {
			return chromedp.Void{}, err
		}
		return at(xy[0], xy[1])(ctx, target)
	}
}

// mouseTo moves the mouse to the middle of the first element matching sel.
func mouseTo(sel string) action { return atMiddle(sel, mouseAt) }

// mouseAt moves the mouse to a point of the window.
func mouseAt(x, y float64) action {
	return chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x, y)
}

// clickAt clicks a point of the window.
func clickAt(x, y float64) action { return chromedp.MouseClickXY(x, y) }

// key presses one key (such as "\r" for Enter) in the focused element.
func key(k string) action { return chromedp.KeyEvent(k) }

// selectAll selects the text of the focused input, so typing replaces it.
func selectAll() action { return chromedp.Evaluate[chromedp.Void](`document.activeElement.select()`) }

func evalBool(t *testing.T, tab context.Context, expr string) bool {
	t.Helper()
	return get(t, tab, chromedp.Evaluate[bool](expr))
}

func TestEventDemo1(t *testing.T) {
	_, tab := open(t, "handling_events/event_demo1", "/")
	run(t, tab, waitText("#jp-root > div", "Not clicked yet"), click("#jp-root > div"), waitText("#jp-root > div", "I was clicked"))
}

func TestEventDemo4(t *testing.T) {
	_, tab := open(t, "handling_events/event_demo4", "/")
	const d = "#jp-root > div"
	hasClass := func(c string) action {
		return waitJS(fmt.Sprintf(`document.querySelector(%q).classList.contains(%q)`, d, c))
	}
	run(t, tab, mouseAt(700, 500), mouseTo(d), waitText(d, "Mouse entered"), hasClass("bg-red-500"))
	run(t, tab, click(d), waitText(d, "I was clicked"), hasClass("bg-blue-500"))
	run(t, tab, mouseAt(700, 500), waitText(d, "Mouse left"), hasClass("bg-teal-500"))
	if evalBool(t, tab, `document.querySelector("#jp-root > div").className.includes("bg-red-500")`) {
		t.Error("the old background stayed")
	}
}

func TestOutTest(t *testing.T) {
	_, tab := open(t, "handling_events/out_test", "/")
	div := func(i int) string { return fmt.Sprintf("#jp-root > div:nth-child(%d)", i+1) }
	run(t, tab, click(div(2)), waitText(div(2), "click in"))
	for _, i := range []int{0, 1, 3} {
		run(t, tab, waitText(div(i), "click out"))
	}
	if !evalBool(t, tab, `document.querySelector("#jp-root > div:nth-child(3)").classList.contains("text-red-500")`) {
		t.Error("the clicked div is not red")
	}
	run(t, tab, clickAt(700, 500)) // outside them all
	for i := range 4 {
		run(t, tab, waitText(div(i), "click out"))
	}
}

// "Move the mouse and click": mouse moves arrive at most once a second, a
// burst of clicks once, two seconds after the last.
func TestDebounceTest(t *testing.T) {
	_, tab := open(t, "handling_events/debounce_test", "/")
	const info = "#jp-root > div > div"
	count := func(event string) int {
		return get(t, tab, chromedp.Evaluate[int](fmt.Sprintf(
			`Array.from(document.querySelectorAll("#jp-root > div > div > div")).filter(d => d.textContent.endsWith(%q)).length`, ") "+event)))
	}
	start := time.Now()
	for i := range 30 { // 1.5 s of moving
		run(t, tab, mouseAt(100+float64(i*10), 300))
		time.Sleep(50 * time.Millisecond)
	}
	elapsed := time.Since(start)
	run(t, tab, waitJS(`document.querySelectorAll("#jp-root > div > div > div").length >= 2`))
	time.Sleep(1200 * time.Millisecond) // the throttle's last one
	if n, most := count("mousemove"), int(elapsed/time.Second)+2; n < 2 || n > most {
		t.Errorf("%d mousemove events in %v of moving (want 2 to %d)", n, elapsed, most)
	}
	run(t, tab, clickAt(300, 400), clickAt(310, 400), clickAt(320, 400))
	clicked := time.Now()
	time.Sleep(time.Second)
	if n := count("click"); n != 0 {
		t.Errorf("%d clicks arrived within the debounce time", n)
	}
	run(t, tab, waitJS(`document.querySelector(`+jsString(info)+`).textContent.includes(") click")`))
	if waited := time.Since(clicked); waited < 2*time.Second {
		t.Errorf("the debounced click came after %v", waited)
	}
	time.Sleep(300 * time.Millisecond)
	if n := count("click"); n != 1 {
		t.Errorf("three clicks gave %d events", n)
	}
}

func TestInputDemo2(t *testing.T) {
	_, tab := open(t, "input/input_demo2", "/")
	run(t, tab, click("input"), typeInto("input", "Hello from Chromium"), waitText("#jp-root > div", "Hello from Chromium"))
}

// "What you type will show up here only when Input element loses focus or
// you press Enter."
func TestInputDemo3(t *testing.T) {
	_, tab := open(t, "input/input_demo3", "/")
	const out = "#jp-root > div"
	const waiting = "What you type will show up here only when Input element loses focus or you press Enter"
	run(t, tab, click("input"), typeInto("input", "typed"))
	time.Sleep(500 * time.Millisecond)
	if got := textOf(t, tab, out); got != waiting {
		t.Errorf("before Enter the div shows %q", got)
	}
	run(t, tab, key("\r"), waitText(out, "typed"))
	run(t, tab, typeInto("input", " more"))
	time.Sleep(300 * time.Millisecond)
	if got := textOf(t, tab, out); got != "typed" {
		t.Errorf("before leaving the input the div shows %q", got)
	}
	run(t, tab, chromedp.Blur(chromedp.CSS("input")), waitText(out, "typed more"))
}

func TestInputDemo5(t *testing.T) {
	_, tab := open(t, "input/input_demo5", "/")
	box := func(i int) string { return fmt.Sprintf("#jp-root > div:nth-child(%d)", i+1) }
	run(t, tab, click(box(3)+" input"), typeInto(box(3)+" input", "fourth"), waitText(box(3)+" > div", "fourth"),
		click(box(8)+" input"), typeInto(box(8)+" input", "ninth"), waitText(box(8)+" > div", "ninth"))
	if got := textOf(t, tab, box(0)+" > div"); got != "What you type will show up here" {
		t.Errorf("an untouched box shows %q", got)
	}
}

// The checkbox and the input share one value.
func TestCheckTest(t *testing.T) {
	_, tab := open(t, "input/check_test", "/")
	const box, text = `input[type="checkbox"]`, `#jp-root > input`
	value := func(v string) action {
		return waitJS(`document.querySelector(` + jsString(text) + `).value === ` + jsString(v))
	}
	checked := func(c bool) action { return waitJS(fmt.Sprintf(`document.querySelector(%q).checked === %v`, box, c)) }
	run(t, tab, checked(true), value("true"))
	run(t, tab, click(box), value("false"))
	run(t, tab, click("label span"), checked(true), value("true")) // the label's text toggles it too
	run(t, tab, click(text), selectAll(), typeInto(text, "false"), checked(false))
	run(t, tab, selectAll(), typeInto(text, "stuff please"), checked(true))
}

// Choosing a radio button unchecks only the others of its group, and the
// server knows the choice.
func TestRadioTest1(t *testing.T) {
	_, tab := open(t, "input/radio_test1", "/")
	radio := func(v string) string { return fmt.Sprintf(`input[type="radio"][value=%q]`, v) }
	checkedValues := func() string {
		return get(t, tab, chromedp.Evaluate[string](`Array.from(document.querySelectorAll('input[type="radio"]')).filter(r => r.checked).map(r => r.value).join(",")`))
	}
	run(t, tab, click(radio("female")), click(radio("31")))
	if got := checkedValues(); got != "female,31" {
		t.Errorf("checked %q", got)
	}
	run(t, tab, click(radio("male")), click(radio("61")))
	if got := checkedValues(); got != "male,61" {
		t.Errorf("checked %q", got)
	}
}

func TestModelDemo1(t *testing.T) {
	_, tab := open(t, "model_and_data/model_demo1", "/")
	run(t, tab, click("input"), typeInto("input", "everywhere"))
	for _, corner := range []int{1, 2, 3, 4} {
		run(t, tab, waitText(fmt.Sprintf("#jp-root > div > div:nth-child(%d) > div:nth-child(2)", corner), "everywhere"))
	}
}

func TestModelDemo2(t *testing.T) {
	_, tab := open(t, "model_and_data/model_demo2", "/")
	corner := func(i int) string { return fmt.Sprintf("#jp-root > div > div:nth-child(%d) > div:nth-child(2)", i) }
	for i := 1; i <= 4; i++ {
		run(t, tab, waitText(corner(i), "Nothing typed yet"))
	}
	run(t, tab, click("input"), typeInto("input", "hi"), waitText(corner(1), "hi"), waitText(corner(4), "hi"))
	run(t, tab, key("\b"), key("\b"), waitText(corner(2), "Nothing typed yet"), waitText(corner(3), "Nothing typed yet"))
}

func TestFormTest(t *testing.T) {
	srv, tab := open(t, "form/form_test", "/")
	run(t, tab, waitJS(`location.pathname === "/fill_form"`),
		click(`input[placeholder="User Name"]`), typeInto(`input[placeholder="User Name"]`, "ann"),
		click(`input[placeholder="Password"]`), typeInto(`input[placeholder="Password"]`, "secret"),
		click(`input[type="checkbox"]`), click(`input[type="submit"]`),
		waitAfterNavigation(`location.pathname === "/thanks"`), waitBodyHas("Thank you for submitting the form"))
	body := get(t, tab, chromedp.Evaluate[string](`document.body.innerText`))
	for _, want := range []string{"User Name: ann", "Password: secret", "We will send you stuff"} {
		if !strings.Contains(body, want) {
			t.Errorf("the thanks page lacks %q: %s", want, body)
		}
	}
	// The label's for names the input: clicking the label focuses it.
	run(t, tab, chromedp.Navigate(srv.URL+"/"), waitConnected(), click("label"))
	if !evalBool(t, tab, `document.activeElement.placeholder === "User Name"`) {
		t.Error("the label does not name its input")
	}
}

// A 1×1 PNG.
var pixel, _ = base64.StdEncoding.DecodeString("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

func TestUploadTest(t *testing.T) { uploadStory(t) }

// JustPy runs upload_test with websockets=False; so does this one.
func TestUploadTestOverHTTP(t *testing.T) { uploadStory(t, "WEBSOCKETS=False") }

func uploadStory(t *testing.T, env ...string) {
	dir := t.TempDir()
	files := map[string][]byte{"red.png": pixel, "blue dot.png": pixel, "huge.png": bytes.Repeat(pixel, 100)}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	env = append(env, "UPLOAD_DIR="+t.TempDir(), fmt.Sprintf("MAX_UPLOAD_FILE_BYTES=%d", 10*len(pixel)))
	_, tab := open(t, "uploading_files/upload_test", "/", env...)
	run(t, tab, waitBodyHas("No images uploaded yet"),
		chromedp.SetUploadFiles(chromedp.CSS(`input[type="file"]`), []string{filepath.Join(dir, "red.png"), filepath.Join(dir, "blue dot.png"), filepath.Join(dir, "huge.png")}),
		click("button"),
		waitJS(`document.querySelectorAll("#jp-root img").length === 2`),
		// Both pictures load, from the session's own folder.
		waitJS(`Array.from(document.querySelectorAll("#jp-root img")).every(i => i.complete && i.naturalWidth === 1)`),
		waitJS(`(document.getElementById("jp-error") || {}).textContent === "huge.png is larger than the `+fmt.Sprint(10*len(pixel))+` bytes limit for one file"`))
	if body := get(t, tab, chromedp.Evaluate[string](`document.body.innerText`)); strings.Contains(body, "No images uploaded yet") {
		t.Error("the placeholder stayed")
	}
	// On a reload the thumbnails are there; in another browser (another
	// session) they are not, and their addresses give nothing.
	run(t, tab, chromedp.Reload(), waitConnected(), waitJS(`document.querySelectorAll("#jp-root img").length === 2`))
	src := get(t, tab, chromedp.Evaluate[string](`document.querySelector("#jp-root img").src`))
	other := newBrowser(t)
	run(t, other, chromedp.Navigate(strings.SplitN(src, "/pictures/", 2)[0]+"/"), waitBodyHas("No images uploaded yet"))
	if resp := httpGet(t, src); resp.StatusCode != 404 {
		t.Errorf("a picture without its session's cookie: %d", resp.StatusCode)
	}
}

// /?num=3: the button hides, the count goes 3, 2, 1, "Boom!", the button
// comes back.
func TestCountTest(t *testing.T) {
	_, tab := open(t, "pushing_data/count_test", "/?num=3&animation=bounce")
	const count = "#jp-root > div:nth-child(3)"
	run(t, tab, click("button"), waitJS(`document.querySelector("button").hidden`), waitText(count, "3"))
	if !evalBool(t, tab, `document.querySelector(`+jsString(count)+`).getAttribute("data-animation") === "bounce"`) {
		t.Error("the count is not animated as asked")
	}
	run(t, tab, waitText(count, "2"), waitText(count, "1"), waitText(count, "Boom!"),
		waitJS(`!document.querySelector("button").hidden`),
		waitJS(`document.querySelector(`+jsString(count)+`).classList.contains("bg-white")`))
	// The bomb is Font Awesome's, when the binary carries it.
	if static.Embedded.Has(&static.FontAwesome, "css/all.min.css") {
		run(t, tab, waitJS(`getComputedStyle(document.querySelector(".fa-bomb"), "::before").fontFamily.includes("Font Awesome")`))
	}
	// Again: the last count goes, a new one comes.
	run(t, tab, click("button"), waitText("#jp-root > div:nth-child(4)", "3"))
	if n := get(t, tab, chromedp.Evaluate[int](`document.querySelectorAll("#jp-root > div").length`)); n != 3 {
		t.Errorf("%d divs during the second count (two icons and one count)", n)
	}
}

func TestRunJavascriptDemo(t *testing.T) {
	_, tab := open(t, "page_events/run_javascript_demo", "/")
	run(t, tab, waitJS(`document.querySelector("#jp-root > div").textContent.startsWith("The result is: {\"r\":15,\"appName\":\"Netscape\"")`))
}
