package jptest_test

import (
	"fmt"
	"net/http"
	"runtime"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

// Clearing a field is backspacing: a handler of "input" hears it, as it
// hears each key Type sends.
func TestClearAndFillSendInput(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		echo := jp.P(jp.Text("nobody"), jp.In(wp))
		jp.Input(jp.Name("who"), jp.In(wp), jp.On("input", func(self *jp.Element, _ *jp.Msg) error {
			echo.Text = "hello [" + self.Value + "]"
			return nil
		}))
		plain := jp.Input(jp.Name("plain"), jp.In(wp))
		jp.Button(jp.Text("Show"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) error {
			echo.Text = "plain [" + plain.Value + "]"
			return nil
		}))
		return wp
	}).Open("/")
	who := p.ByName("who")
	p.Type(who, "Ada")
	p.ShouldSee("hello [Ada]")
	p.Clear(who)
	p.ShouldSee("hello []")
	p.Fill(who, "Grace")
	p.ShouldSee("hello [Grace]")
	p.Fill(who, "")
	p.ShouldSee("hello []")

	plain := p.ByName("plain")
	p.Type(plain, "x")
	p.Clear(plain)
	p.Click(p.ByText("Show"))
	p.ShouldSee("plain []")
}

// A click on a link into the app loads its target, as the browser does;
// other clicks stay on the page.
func TestClickFollowsLinks(t *testing.T) {
	app := jp.NewApp()
	clicks := 0
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.ParseHTML(`<div><a href="/next?from=home"><span>Next</span></a> <a href="old">Old</a>`+
			` <a href="https://example.com/">Away</a> <a href="/next" target="_blank">Tab</a>`+
			` <a href="#part">Part</a> <a href="#">Top</a></div>`, jp.In(wp))
		out := jp.P(jp.Text("clicks 0"), jp.In(wp))
		jp.Button(jp.Text("Count"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) error {
			clicks++
			out.Text = "clicks 1"
			return nil
		}))
		return wp
	})
	jp.Route(app, "/next", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.P(jp.Text("next page from "+r.URL.Query().Get("from")), jp.In(wp))
		return wp
	})
	jp.Route(app, "/old", func(r *jp.Request) *jp.WebPage {
		return jp.Respond(http.RedirectHandler("/next?from=old", http.StatusFound))
	})
	srv := jptest.New(t, app)

	p := srv.Open("/")
	if q := p.Click(p.ByText("Count")); q != p {
		t.Error("a click on a button changed the page")
	}
	p.ShouldSee("clicks 1")
	for _, stay := range []string{"Away", "Tab", "Part", "Top"} {
		if q := p.Click(p.ByText(stay)); q != p {
			t.Errorf("a click on %q loaded %s", stay, q.URL())
		}
	}
	next := p.Click(p.ByText("Next")) // the span inside the link
	next.ShouldSee("next page from home")
	if next.URL() != "/next?from=home" {
		t.Errorf("url %q", next.URL())
	}
	home := srv.Open("/")
	home.Click(home.ByText("Old")).ShouldSee("next page from old")
}

func addPersonApp(*jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.ParseHTML(`<div>
		<h2>Add person</h2>
		<form>
			<label for="name">Full name</label> <input id="name" name="name">
			<label>Age <input name="age" type="number"></label>
			<input name="mail" aria-label="E-mail" placeholder="you@example.com">
			<span id="note-label">Note</span><textarea name="note" aria-labelledby="note-label"></textarea>
			<label><input type="checkbox" name="ok"> Agree</label>
			<select name="size"><option>S</option><option>M</option></select>
			<button>Add person</button> <input type="reset">
		</form>
		<ul><li id="ada"><b>Ada</b> <button>Delete</button></li><li id="grace"><b>Grace</b> <button>Delete</button></li></ul>
		<div role="alert">Saved</div><a href="/help"><img src="help.png" alt="Help"></a>
	</div>`, jp.In(wp))
	return wp
}

func TestQueriesByRoleLabelAndWithinANode(t *testing.T) {
	p := jptest.Serve(t, addPersonApp).Open("/")
	if got := p.ByText("Add person").Tag; got != "h2" {
		t.Errorf("ByText: the first of two in document order is the heading, not the <%s>", got)
	}
	if got := p.ByRole("button", "Add person").Tag; got != "button" {
		t.Errorf("ByRole button: <%s>", got)
	}
	if got := p.ByRole("heading", "Add person").Tag; got != "h2" {
		t.Errorf("ByRole heading: <%s>", got)
	}
	for role, name := range map[string]string{"textbox": "Full name", "spinbutton": "Age", "checkbox": "Agree", "combobox": "", "button": "Reset"} {
		if n := p.ByRole(role, name); n == nil {
			t.Errorf("ByRole(%q, %q)", role, name)
		}
	}
	if got := p.ByRole("link", "Help").Attr("href"); got != "/help" {
		t.Errorf("link named by its image: href %q", got)
	}
	for label, name := range map[string]string{"Full name": "name", "Age": "age", "E-mail": "mail", "Note": "note", "Agree": "ok"} {
		if got := p.ByLabel(label).Attr("name"); got != name {
			t.Errorf("ByLabel(%q) is named %q, not %q", label, got, name)
		}
	}
	if got := p.ByRole("textbox", "E-mail").Attr("name"); got != "mail" {
		t.Errorf("ByRole by aria-label: %q", got)
	}

	grace := p.ByID("grace")
	if got := grace.ByText("Grace").Tag; got != "b" {
		t.Errorf("scoped ByText: <%s>", got)
	}
	if got := len(grace.All("button")); got != 1 {
		t.Errorf("scoped All: %d buttons", got)
	}
	if got := grace.ByRole("button", "Delete"); got != grace.Kids[1] && got.Tag != "button" {
		t.Errorf("scoped ByRole: %v", got)
	}
	if got := p.ByRole("alert", "Saved").Tag; got != "div" {
		t.Errorf("explicit role: <%s>", got)
	}
}

// What a query fails with says what there is.
func TestQueriesFailSayingWhatTheySaw(t *testing.T) {
	rec := &failures{TB: t}
	app := jp.NewApp()
	jp.Route(app, "/", addPersonApp)
	p := jptest.New(rec, app).Open("/")
	for _, c := range []struct {
		query func()
		want  string
	}{
		{func() { p.ByRole("button", "Delete") }, `2 elements are button "Delete"`},
		{func() { p.ByRole("button", "Remove") }, `button "Add person"`},
		{func() { p.ByLabel("Surname") }, `<input> "Full name"`},
		{func() { p.ByID("ada").ByText("Grace") }, "in the <li>:\nAdaDelete"},
		{func() { p.ByID("ada").ByName("age") }, "no element named age"},
	} {
		if msg := rec.fatal(c.query); !strings.Contains(msg, c.want) {
			t.Errorf("%q does not say %q", msg, c.want)
		}
	}
}

// failures stands in for the test to catch what a query fails with.
type failures struct {
	testing.TB
	msg string
}

func (f *failures) Helper() {}

func (f *failures) Fatalf(format string, args ...any) {
	f.msg = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// fatal runs query and returns what it failed with, or "".
func (f *failures) fatal(query func()) string {
	f.msg = ""
	done := make(chan struct{})
	go func() {
		defer close(done)
		query()
	}()
	<-done
	return f.msg
}

func TestTextSeparatesBlocks(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.ParseHTML(`<section><div>1</div><div>4 people</div><p>one <b>two</b><i>!</i> three<br>four</p>`+
			`<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table><ul><li>x</li><li>y</li></ul></section>`, jp.In(wp))
		jp.Div(jp.InnerHTML("<p>raw</p><p>html <span>here</span></p>"), jp.In(wp))
		return wp
	}).Open("/")
	want := "1\n4 people\none two! three\nfour\na b\nc\nx\ny\nraw\nhtml here"
	if got := p.Text(); got != want {
		t.Errorf("text\n%s\nnot\n%s", got, want)
	}
	if p.Sees("14 people") {
		t.Error("two divs read as one line")
	}
	p.ShouldSee("4 people")
}
