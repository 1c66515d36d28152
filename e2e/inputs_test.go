package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	jp "github.com/justgo/justgo"
)

// A number input's value arrives as a number; what is not a number is a
// validation message, not a crash.
func TestNumberInput(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		out := jp.Div(jp.ID("out"), jp.In(wp))
		jp.Input(jp.Type("number"), jp.Attr("step", "any"), jp.ID("n"), jp.In(wp), jp.On("input", func(_ *jp.Element, msg *jp.Msg) error {
			if msg.Invalid != "" {
				out.Text = "invalid: " + msg.Invalid
			} else {
				out.Text = fmt.Sprintf("twice is %g", 2*msg.Number)
			}
			return nil
		}))
		return wp
	})
	tab := newBrowser(t)
	run(t, tab, chromedp.Navigate(url), waitConnected(), click("#n"), typeInto("#n", "21.5"), waitText("#out", "twice is 43"))
	run(t, tab, typeInto("#n", "e"), waitJS(`document.getElementById("out").textContent.startsWith("invalid: ")`))
	run(t, tab, typeInto("#n", "2"), waitText("#out", "twice is 4300"))
}

// A select that allows several reports every chosen option, and a handler
// choosing options shows them chosen.
func TestSelectMultiple(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		out := jp.Div(jp.ID("out"), jp.In(wp))
		sel := jp.Select(jp.ID("s"), jp.Attr("multiple", ""), jp.In(wp))
		var opts []*jp.Element
		for _, c := range []string{"red", "green", "blue"} {
			opts = append(opts, jp.Option(jp.Value(c), jp.Text(c), jp.In(sel)))
		}
		sel.On("change", func(_ *jp.Element, msg *jp.Msg) error {
			out.Text = strings.Join(msg.Values, "+")
			return nil
		})
		jp.Button(jp.ID("all"), jp.Text("all"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) error {
			for _, o := range opts {
				o.Checked = true
			}
			return nil
		}))
		return wp
	})
	tab := newBrowser(t)
	chosen := func(want string) action {
		return waitJS(`Array.from(document.querySelectorAll("option")).filter(o => o.selected).map(o => o.value).join("+") === ` + jsString(want))
	}
	run(t, tab, chromedp.Navigate(url), waitConnected(), click(`option[value="red"]`), waitText("#out", "red"),
		ctrlClick(`option[value="blue"]`), waitText("#out", "red+blue"), chosen("red+blue"))
	run(t, tab, click("#all"), chosen("red+green+blue"))
	run(t, tab, ctrlClick(`option[value="red"]`), waitText("#out", "green+blue"))
}

// ctrlClick clicks the middle of the first element matching sel with Ctrl
// held, as a person adds to a choice.
func ctrlClick(sel string) action {
	return atMiddle(sel, func(x, y float64) action {
		return chromedp.MouseClickXY(x, y, chromedp.ButtonModifiers(chromedp.ModifierCtrl))
	})
}

// JustPy's after_demo: the click shows a notification and the after hook
// hides it without an update, so only the last one clicked is shown.
func TestAfterHook(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		var notes []*jp.Element
		for i, name := range []string{"First", "Second", "Third"} {
			jp.Button(jp.Text(name+" Button"), jp.ID(fmt.Sprint("b", i)), jp.In(wp),
				jp.On("click", func(*jp.Element, *jp.Msg) error { notes[i].Show = true; return nil }),
				jp.On("after", func(*jp.Element, *jp.Msg) error { notes[i].Show = false; return nil }))
		}
		for i, name := range []string{"First", "Second", "Third"} {
			notes = append(notes, jp.Div(jp.Text(name+" Notification"), jp.ID(fmt.Sprint("n", i)), jp.Show(false), jp.In(wp)))
		}
		return wp
	})
	tab := newBrowser(t)
	shown := func(want string) action {
		return waitJS(`Array.from(document.querySelectorAll("[id^=n]")).filter(d => !d.hidden).map(d => d.id).join() === ` + jsString(want))
	}
	run(t, tab, chromedp.Navigate(url), waitConnected(), click("#b0"), shown("n0"), click("#b2"), shown("n2"), click("#b1"), shown("n1"))
}

// A range input reports numbers as its knob moves; an email input that
// does not hold an address says why, in the browser's words.
func TestRangeAndEmailInputs(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		out := jp.Div(jp.ID("out"), jp.In(wp))
		jp.Input(jp.Type("range"), jp.ID("r"), jp.Value("50"), jp.In(wp), jp.On("input", func(_ *jp.Element, msg *jp.Msg) error {
			out.Text = fmt.Sprintf("range %g", msg.Number)
			return nil
		}))
		mail := jp.Div(jp.ID("mail"), jp.In(wp))
		jp.Input(jp.Type("email"), jp.ID("e"), jp.In(wp), jp.On("change", func(self *jp.Element, msg *jp.Msg) error {
			mail.Text = self.Value + " valid=" + fmt.Sprint(msg.Invalid == "")
			return nil
		}))
		return wp
	})
	tab := newBrowser(t)
	run(t, tab, chromedp.Navigate(url), waitConnected(), chromedp.Focus(chromedp.CSS("#r")),
		key(kb.ArrowRight), key(kb.ArrowRight), key(kb.ArrowRight), waitText("#out", "range 53"))
	run(t, tab, click("#e"), typeInto("#e", "not an address"), chromedp.Blur(chromedp.CSS("#e")), waitText("#mail", "not an address valid=false"))
	run(t, tab, click("#e"), selectAll(), typeInto("#e", "ada@example.com"), chromedp.Blur(chromedp.CSS("#e")), waitText("#mail", "ada@example.com valid=true"))
}

// A fast typist: every character of fifty typed at full speed arrives,
// and a click right after the last key sees all of them.
func TestFastTypistThenClick(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		in := jp.Input(jp.ID("in"), jp.In(wp)) // no handler: values travel alone
		seen := jp.Div(jp.ID("seen"), jp.In(wp))
		jp.Button(jp.ID("go"), jp.Text("go"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) error {
			seen.Text = fmt.Sprintf("%d:%s", len(in.Value), in.Value)
			return nil
		}))
		return wp
	})
	const text = "the quick brown fox jumps over the lazy dog 123456"
	if len(text) != 50 {
		t.Fatal(len(text))
	}
	tab := newBrowser(t)
	run(t, tab, chromedp.Navigate(url), waitConnected(), click("#in"), typeInto("#in", text), click("#go"),
		waitText("#seen", "50:"+text))
}

// Date and time inputs report their values in HTML's forms whatever the
// browser shows.
func TestDateAndTimeInputs(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		out := jp.Div(jp.ID("out"), jp.In(wp))
		date := jp.Input(jp.Type("date"), jp.ID("d"), jp.In(wp))
		clock := jp.Input(jp.Type("time"), jp.ID("t"), jp.In(wp))
		show := func(*jp.Element, *jp.Msg) error { out.Text = date.Value + " " + clock.Value; return nil }
		date.On("change", show)
		clock.On("change", show)
		return wp
	})
	tab := newBrowser(t)
	run(t, tab, chromedp.Navigate(url), waitConnected(), chromedp.Focus(chromedp.CSS("#d")), typeInto("#d", "11292026"), waitText("#out", "2026-11-29"))
	run(t, tab, chromedp.Focus(chromedp.CSS("#t")), typeInto("#t", "0930AM"), waitText("#out", "2026-11-29 09:30"))
}

// An animation plays as the element shows a change: the browser adds
// animate.css's classes and takes them away at its end; one whose name
// says "Out" leaves the element hidden. The page's own keyframes stand in
// for animate.css, so the test needs nothing fetched.
func TestAnimation(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		wp.CSS = `@keyframes pulse{from{opacity:.5}to{opacity:1}} @keyframes fadeOut{from{opacity:1}to{opacity:0}}
.animated.pulse{animation:pulse 60s} .animated.fadeOut{animation:fadeOut 50ms}`
		d := jp.Div(jp.ID("d"), jp.Text("0"), jp.Animation("pulse"), jp.In(wp))
		jp.Button(jp.ID("next"), jp.Text("next"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) error {
			d.Text = "1"
			d.SetAnimation("fadeOut")
			return nil
		}))
		return wp
	})
	tab := newBrowser(t)
	run(t, tab, chromedp.Navigate(url), waitConnected(),
		waitJS(`document.getElementById("d").classList.contains("animated") && document.getElementById("d").classList.contains("pulse")`))
	run(t, tab, click("#next"), waitText("#d", "1"),
		waitJS(`document.getElementById("d").hidden && !document.getElementById("d").classList.contains("animated")`))
}

// A file input's change handler gets each chosen file's name, size and
// type, without its content.
func TestFileInputChange(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		out := jp.Div(jp.ID("out"), jp.In(wp))
		jp.Input(jp.Type("file"), jp.ID("f"), jp.Attr("multiple", ""), jp.In(wp), jp.On("change", func(_ *jp.Element, msg *jp.Msg) error {
			var parts []string
			for _, f := range msg.Files {
				_, err := f.Content()
				parts = append(parts, fmt.Sprintf("%s %d %s content:%v", f.Name, f.Size, f.Type, err == nil))
			}
			out.Text = strings.Join(parts, "; ")
			return nil
		}))
		return wp
	})
	dir := t.TempDir()
	for name, content := range map[string]string{"a.txt": "hello", "b.png": string(pixel)} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	tab := newBrowser(t)
	run(t, tab, chromedp.Navigate(url), waitConnected(),
		chromedp.SetUploadFiles(chromedp.CSS("#f"), []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.png")}),
		waitText("#out", fmt.Sprintf("a.txt 5 text/plain content:false; b.png %d image/png content:false", len(pixel))))
}
