package e2e

import (
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	jp "github.com/justgo/justgo"
)

// serveApp serves an App from this process, for tests of one mechanism.
func serveApp(t *testing.T, route func(*jp.Request) *jp.WebPage) string {
	t.Helper()
	app := jp.NewApp()
	jp.Route(app, "/", route)
	srv := httptest.NewServer(app)
	t.Cleanup(func() { app.Close(); srv.Close() })
	return srv.URL
}

// A person typing fast into an input whose handler is slow loses nothing:
// the server's echo of an older value never overwrites newer typing.
func TestFastTypistSlowHandler(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		in := jp.Input(jp.Type("text"), jp.ID("in"), jp.In(wp))
		echo := jp.Div(jp.ID("echo"), jp.In(wp))
		in.On("input", func(self *jp.Element, msg *jp.Msg) error {
			time.Sleep(20 * time.Millisecond)
			echo.Text = self.Value
			self.Value = strings.TrimSpace(self.Value) + "" // the server's own copy travels back
			return nil
		})
		return wp
	})
	browser := newBrowser(t)
	const text = "every character of this fifty-character line stays"
	run(t, browser, chromedp.Navigate(url), waitConnected(), click("#in"), typeInto("#in", text),
		waitText("#echo", text))
	if got := get(t, browser, chromedp.Evaluate[string](`document.getElementById("in").value`)); got != text {
		t.Errorf("the input shows %q", got)
	}
}

// A handler that clears the focused input on Enter does clear it: the
// value is the server's decision, not a stale one.
func TestHandlerClearsTheFocusedInput(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		in := jp.Input(jp.Type("text"), jp.ID("in"), jp.In(wp))
		list := jp.Ul(jp.ID("list"), jp.In(wp))
		in.On("keydown", func(self *jp.Element, msg *jp.Msg) error {
			if msg.KeyData != nil && msg.KeyData.Key == "Enter" {
				jp.Li(jp.Text(self.Value), jp.In(list))
				self.Value = ""
			}
			return nil
		})
		return wp
	})
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(url), waitConnected(), click("#in"), typeInto("#in", "first\r"),
		waitText("#list li:last-child", "first"), waitJS(`document.getElementById("in").value === ""`),
		typeInto("#in", "second\r"), waitText("#list li:last-child", "second"),
		waitJS(`document.activeElement.id === "in" && document.getElementById("in").value === ""`))
}

// Elements added, moved and removed by a handler show in place; text
// between elements keeps its order; hidden elements take no space.
func TestPatchesApplyInPlace(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		list := jp.Ol(jp.ID("list"), jp.In(wp))
		for _, s := range []string{"a", "b", "c"} {
			jp.Li(jp.Text(s), jp.In(list))
		}
		mixed := jp.ParseHTML(`<p id="mixed">Hello <b>bold</b> world</p>`, jp.In(wp))
		box := jp.Div(jp.ID("box"), jp.Text("box"), jp.Classes("p-4"), jp.In(wp))
		b := jp.Button(jp.ID("go"), jp.Text("go"), jp.In(wp))
		b.On("click", func(*jp.Element, *jp.Msg) error {
			a, b := list.Components()[0], list.Components()[1]
			list.Remove(a)
			list.Add(a)
			list.Remove(b)
			jp.Li(jp.Text("d"), jp.Classes("new"), jp.In(list))
			mixed.Components()[1].Properties().Text = " there"
			mixed.Components()[0].Properties().Text = "BOLD"
			box.Show = false
			return nil
		})
		return wp
	})
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(url), waitConnected())
	if got := textOf(t, browser, "#mixed"); got != "Hello bold world" {
		t.Fatalf("first paint %q", got)
	}
	run(t, browser, click("#go"), waitText("#list", "cad"), waitText("#mixed", "Hello BOLD there"),
		waitJS(`document.getElementById("box").getBoundingClientRect().height === 0`))
	if got := get(t, browser, chromedp.Evaluate[string](`document.querySelector("#list li.new").textContent`)); got != "d" {
		t.Errorf("new item %q", got)
	}
}

// With DEBUG a failing handler's error shows on the page; a click on the
// notice dismisses it, and the page keeps working.
func TestHandlerErrorIsShown(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.Debug = true
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.Button(jp.ID("fail"), jp.Text("fail"), jp.In(wp)).On("click", func(*jp.Element, *jp.Msg) error {
			return errors.New("the disk is full")
		})
		jp.Button(jp.ID("ok"), jp.Text("ok"), jp.In(wp)).On("click", func(self *jp.Element, _ *jp.Msg) error {
			self.Text = "fine"
			return nil
		})
		return wp
	})
	srv := httptest.NewServer(app)
	t.Cleanup(func() { app.Close(); srv.Close() })
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(srv.URL), waitConnected(), click("#fail"),
		waitJS(`(() => { const e = document.getElementById("jp-error"); return !!e && e.textContent.includes("the disk is full") && e.getBoundingClientRect().height > 0 })()`),
		click("#jp-error"), waitJS(`!document.getElementById("jp-error")`),
		click("#ok"), waitText("#ok", "fine"))
}

// JustPy's run_javascript_demo: page_ready runs JavaScript in the browser,
// and its value comes back as result_ready.
func TestPageReadyAndJavaScriptResult(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		out := jp.Div(jp.ID("out"), jp.Text("waiting"), jp.In(wp))
		wp.On("page_ready", func(wp *jp.WebPage, msg *jp.Msg) error {
			wp.RequestJavaScript("answer", `document.title.length + 36`)
			return nil
		})
		wp.On("result_ready", func(wp *jp.WebPage, msg *jp.Msg) error {
			out.Text = msg.RequestID + " = " + string(msg.Result)
			return nil
		})
		jp.Button(jp.ID("window"), jp.Text("window"), jp.In(wp), jp.On("click", func(_ *jp.Element, msg *jp.Msg) error {
			msg.Page.RunJavaScript(`window`) // no JSON for it: its text comes back
			return nil
		}))
		return wp
	})
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(url), waitText("#out", "answer = 42")) // "JustGo" has 6 letters
	run(t, browser, click("#window"), waitText("#out", `= "[object Window]"`))
	run(t, browser, click("#window"), waitText("#out", `= "[object Window]"`)) // and the page carries on
}

// A form's submit handler gets its fields in document order and the page
// stays; a click outside an element reaches its click__out handler.
func TestFormSubmitAndClickOut(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		form := jp.ParseHTML(`<form id="f"><input name="who" placeholder="Your name"><input type="checkbox" name="ok" value="yes">`+
			`<button id="send">Send</button></form>`, jp.In(wp))
		out := jp.Div(jp.ID("out"), jp.Text("nothing yet"), jp.In(wp))
		form.On("submit", func(_ *jp.Element, msg *jp.Msg) error {
			var parts []string
			for _, f := range msg.FormData {
				parts = append(parts, f.Type+":"+f.Name+"="+f.Value+fmt.Sprint(f.Checked))
			}
			out.Text = strings.Join(parts, " ")
			return nil
		})
		menu := jp.Div(jp.ID("menu"), jp.Text("menu open"), jp.In(wp))
		menu.On("click__out", func(self *jp.Element, _ *jp.Msg) error { self.Text = "menu closed"; return nil })
		return wp
	})
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(url), waitConnected(), chromedp.Poll[chromedp.Void](`(window.sameDocument = true)`),
		click("#menu"), click(`input[name="who"]`), typeInto(`input[name="who"]`, "Ada"), click(`input[name="ok"]`), click("#send"),
		waitText("#out", "text:who=Adafalse checkbox:ok=yestrue submit:=false"), waitText("#menu", "menu closed"))
	if !get(t, browser, chromedp.Evaluate[bool](`window.sameDocument === true`)) {
		t.Error("submitting navigated away")
	}
}

// A debounced handler runs once for a burst of typing, with all of it; the
// value itself is not held back, so a click right after the last key sees
// every character. A throttled handler runs a few times and ends on the
// final value.
func TestDebounceAndThrottle(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		slow := jp.Input(jp.ID("slow"), jp.In(wp))
		slowOut := jp.Div(jp.ID("slow-out"), jp.In(wp))
		calls := 0
		slow.On("input", func(self *jp.Element, _ *jp.Msg) error {
			calls++
			slowOut.Text = fmt.Sprintf("%d call(s): %s", calls, self.Value)
			return nil
		}, jp.Debounce(400*time.Millisecond))
		seen := jp.Div(jp.ID("seen"), jp.In(wp))
		jp.Button(jp.ID("read"), jp.Text("read"), jp.In(wp)).On("click", func(*jp.Element, *jp.Msg) error {
			seen.Text = "clicked with " + slow.Value
			return nil
		})
		fast := jp.Input(jp.ID("fast"), jp.In(wp))
		fastOut := jp.Div(jp.ID("fast-out"), jp.In(wp))
		fastCalls := 0
		fast.On("input", func(self *jp.Element, _ *jp.Msg) error {
			fastCalls++
			fastOut.Text = fmt.Sprintf("%d|%s", fastCalls, self.Value)
			return nil
		}, jp.Throttle(300*time.Millisecond))
		return wp
	})
	browser := newBrowser(t)
	const text = "debounced typing"
	run(t, browser, chromedp.Navigate(url), waitConnected(), click("#slow"), typeInto("#slow", text), click("#read"),
		waitText("#seen", "clicked with "+text), waitText("#slow-out", "1 call(s): "+text))
	run(t, browser, click("#fast"), typeInto("#fast", "throttled typing"),
		waitJS(`document.getElementById("fast-out").textContent.endsWith("|throttled typing")`))
	var calls int
	fmt.Sscanf(textOf(t, browser, "#fast-out"), "%d|", &calls)
	if calls < 1 || calls >= len("throttled typing") {
		t.Errorf("the throttled handler ran %d times for %d keys", calls, len("throttled typing"))
	}
}

// One change the DOM refuses (here a tag no SVG element can have) does not
// leave the rest of its patch undone, nor the page wedged.
func TestARefusedChangeDoesNotWedgeThePage(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		svg := jp.Tag("svg", jp.In(wp))
		after := jp.Div(jp.Text("before"), jp.ID("after"), jp.In(wp))
		n := 0
		jp.Button(jp.Text("go"), jp.ID("go"), jp.In(wp)).On("click", func(*jp.Element, *jp.Msg) error {
			n++
			jp.Tag("x:", jp.In(svg)) // createElementNS refuses a name that is no qualified name
			after.Text = fmt.Sprint("after ", n)
			return nil
		})
		return wp
	})
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(url), waitConnected(), click("#go"), waitText("#after", "after 1"),
		click("#go"), waitText("#after", "after 2"))
}
