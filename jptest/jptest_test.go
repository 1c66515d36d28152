package jptest_test

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func counterApp(cfg jp.Config) *jp.App {
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		n := 0
		out := jp.Div(jp.Text("count 0"), jp.ID("out"), jp.In(wp))
		jp.Button(jp.Text("Add"), jp.In(wp)).On("click", func(*jp.Element, *jp.Msg) error {
			n++
			out.Text = fmt.Sprintf("count %d", n)
			return nil
		})
		in := jp.Input(jp.Name("who"), jp.In(wp))
		echo := jp.P(jp.Text("nobody"), jp.In(wp))
		in.On("input", func(self *jp.Element, _ *jp.Msg) error { echo.Text = "hello " + self.Value; return nil })
		secret := jp.Div(jp.Text("hidden words"), jp.Show(false), jp.In(wp))
		jp.Button(jp.Text("Reveal"), jp.In(wp)).On("click", func(*jp.Element, *jp.Msg) error { secret.Show = true; return nil })
		jp.Button(jp.Text("Fail"), jp.In(wp)).On("click", func(*jp.Element, *jp.Msg) error { return errors.New("nope") })
		jp.ParseHTML(`<p id="mixed">one <b>two</b> three</p>`, jp.In(wp))
		sel := jp.ParseHTML(`<select name="size"><option value="s">S</option><option value="m">M</option></select>`, jp.In(wp))
		chosen := jp.Div(jp.Text("size ?"), jp.In(wp))
		sel.On("change", func(self *jp.Element, _ *jp.Msg) error { chosen.Text = "size " + self.Value; return nil })
		form := jp.ParseHTML(`<form><input type="radio" name="c" value="red" checked><input type="radio" name="c" value="blue"><button>Go</button></form>`, jp.In(wp))
		picked := jp.Div(jp.Text("picked ?"), jp.In(wp))
		form.On("submit", func(*jp.Element, *jp.Msg) error {
			for _, r := range form.NameList["c"] {
				if r.Checked {
					picked.Text = "picked " + r.Value
				}
			}
			return nil
		})
		return wp
	})
	return app
}

func TestActionsAndWhatThePageShows(t *testing.T) {
	for _, websockets := range []bool{true, false} {
		cfg := jp.DefaultConfig()
		cfg.Websockets = websockets
		p := jptest.New(t, counterApp(cfg)).Open("/")
		p.ShouldSee("count 0")
		p.ShouldNotSee("hidden words")
		p.Click(p.ByText("Add"))
		p.Click(p.ByText("Add"))
		if got := p.ByID("out").Text; got != "count 2" {
			t.Errorf("websockets=%v: %q", websockets, got)
		}
		p.Type(p.ByName("who"), "Ada")
		p.ShouldSee("hello Ada")
		if p.ByName("who").Value != "Ada" {
			t.Errorf("value %q", p.ByName("who").Value)
		}
		p.Click(p.ByText("Reveal"))
		p.ShouldSee("hidden words")
		if got := p.ByID("mixed").VisibleText(); got != "one two three" {
			t.Errorf("mixed text %q", got)
		}
		p.Select(p.ByName("size"), "m")
		p.ShouldSee("size m")
		radios := p.Root().Kids[len(p.Root().Kids)-2]
		p.Check(radios.Kids[1], true)
		p.Submit(radios)
		p.ShouldSee("picked blue")
		if radios.Kids[0].Checked {
			t.Error("checking a radio did not uncheck its group")
		}
		p.Click(p.ByText("Fail"))
		if len(p.Errors()) != 1 || !strings.Contains(p.Errors()[0], "Something went wrong") {
			t.Errorf("errors %q", p.Errors())
		}
	}
}

func TestUsersHaveTheirOwnSessions(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.Div(jp.Text("session "+r.SessionID), jp.In(wp))
		return wp
	})
	srv := jptest.New(t, app)
	a1, a2, b := srv.Open("/"), srv.Open("/"), srv.NewUser().Open("/")
	if a1.Text() != a2.Text() || a1.Text() == b.Text() || !strings.HasPrefix(b.Text(), "session ") {
		t.Errorf("%q %q %q", a1.Text(), a2.Text(), b.Text())
	}
}

func TestRedirectsAndDisplayURL(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/start", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		wp.DisplayURL = "shown_here"
		wp.Title = "Start"
		jp.Button(jp.Text("Go"), jp.In(wp)).On("click", func(_ *jp.Element, msg *jp.Msg) error {
			msg.Page.Redirect = "/end"
			return nil
		})
		return wp
	})
	jp.Route(app, "/old", func(r *jp.Request) *jp.WebPage { return jp.Respond(http.RedirectHandler("/end", http.StatusFound)) })
	jp.Route(app, "/end", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.P(jp.Text("the end"), jp.In(wp))
		return wp
	})
	srv := jptest.New(t, app)
	p := srv.Open("/start")
	if p.URL() != "/shown_here" || p.Title() != "Start" {
		t.Errorf("url %q title %q", p.URL(), p.Title())
	}
	p.Click(p.ByText("Go"))
	if p.Redirect() != "/end" {
		t.Fatalf("redirect %q", p.Redirect())
	}
	p.Follow().ShouldSee("the end")
	srv.Open("/old").ShouldSee("the end")
}

// A value the server sends for an input the user typed into since is
// stale and ignored; a value the server sets afterwards applies.
func TestStaleValuesDoNotOverwriteTyping(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		in := jp.Input(jp.Name("q"), jp.In(wp))
		in.On("input", func(self *jp.Element, _ *jp.Msg) error { self.Value = strings.ToUpper(self.Value); return nil })
		jp.Button(jp.Text("Clear"), jp.In(wp)).On("click", func(*jp.Element, *jp.Msg) error { in.Value = ""; return nil })
		return wp
	})
	p := jptest.New(t, app).Open("/")
	q := p.ByName("q")
	p.Type(q, "abc")
	if q.Value != "ABC" {
		t.Errorf("after typing %q", q.Value)
	}
	p.Click(p.ByText("Clear"))
	if q.Value != "" {
		t.Errorf("after clearing %q", q.Value)
	}
}

// A click on a span inside a button reaches the button's handler, and a
// parent's too, innermost first, as in a browser.
func TestEventsBubble(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		log := jp.Div(jp.Text("log:"), jp.In(wp))
		outer := jp.Div(jp.In(wp))
		btn := jp.Button(jp.In(outer), jp.Children(jp.Span(jp.Text("inner label"))))
		btn.On("click", func(*jp.Element, *jp.Msg) error { log.Text += " button"; return nil })
		outer.On("click", func(*jp.Element, *jp.Msg) error { log.Text += " outer"; return nil })
		return wp
	})
	p := jptest.New(t, app).Open("/")
	p.Click(p.ByText("inner label"))
	p.ShouldSee("log: button outer")
}

// A submit handler gets every field of the form, in document order, and
// reads each input's value as usual; a click outside an element reaches its
// click__out handler.
func TestFormDataAndClickOut(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		form := jp.ParseHTML(`<form><input name="who" placeholder="Your name"><input type="checkbox" name="ok" value="yes">`+
			`<textarea name="note"></textarea><button>Send</button></form>`, jp.In(wp))
		out := jp.Div(jp.Text("nothing yet"), jp.In(wp))
		form.On("submit", func(_ *jp.Element, msg *jp.Msg) error {
			var parts []string
			for _, f := range msg.FormData {
				parts = append(parts, fmt.Sprintf("%s:%s:%s:%v", f.Type, f.Name, f.Value, f.Checked))
			}
			out.Text = strings.Join(parts, " | ") + " / who=" + form.NameDict["who"].Value
			return nil
		})
		menu := jp.Div(jp.Text("menu"), jp.In(wp))
		menu.On("click__out", func(self *jp.Element, _ *jp.Msg) error { self.Text = "menu closed"; return nil })
		return wp
	})
	p := jptest.New(t, app).Open("/")
	p.Type(p.ByName("who"), "Ada")
	p.Check(p.ByName("ok"), true)
	p.Type(p.ByName("note"), "hi")
	p.Submit(p.Root().Kids[0])
	p.ShouldSee("text:who:Ada:false | checkbox:ok:yes:true | textarea:note:hi:false | submit:::false / who=Ada")
	p.Click(p.ByText("menu"))
	p.ShouldSee("menu")
	p.ShouldNotSee("menu closed")
	p.Fill(p.ByName("who"), "Grace")
	p.Click(p.ByText("Send")) // a submit button submits its form, as in a browser
	p.ShouldSee("menu closed")
	p.ShouldSee("who=Grace")
}

func TestSelectManyAndChooseFiles(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		out := jp.Div(jp.Text("none"), jp.In(wp))
		sel := jp.Select(jp.Attr("multiple", ""), jp.In(wp), jp.On("change", func(_ *jp.Element, msg *jp.Msg) error {
			out.Text = strings.Join(msg.Values, "+")
			return nil
		}))
		for _, v := range []string{"a", "b", "c"} {
			jp.Option(jp.Value(v), jp.Text(v), jp.In(sel))
		}
		files := jp.Div(jp.Text("no files"), jp.In(wp))
		jp.Input(jp.Type("file"), jp.In(wp), jp.On("change", func(_ *jp.Element, msg *jp.Msg) error {
			files.Text = fmt.Sprintf("%s %d %s", msg.Files[0].Name, msg.Files[0].Size, msg.Files[0].Type)
			return nil
		}))
		return wp
	}).Open("/")
	p.SelectMany(p.All("select")[0], "a", "c")
	p.ShouldSee("a+c")
	p.ChooseFiles(p.All("input")[0], jptest.File{Name: "notes.txt", Type: "text/plain", Content: []byte("hello")})
	p.ShouldSee("notes.txt 5 text/plain")
}
