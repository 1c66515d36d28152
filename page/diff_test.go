package page_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

// recorder is a connection that keeps what it was sent.
type recorder struct {
	msgs   []string
	closed int // the close code, once closed
}

func (r *recorder) Send(msg []byte) { r.msgs = append(r.msgs, string(msg)) }

func (r *recorder) Close(code int, reason string) { r.closed = code }

func (r *recorder) take() []string {
	m := r.msgs
	r.msgs = nil
	return m
}

// attach registers wp, renders it as a browser's first load would, and
// attaches a recorder at the rendered version.
func attach(t *testing.T, wp *page.WebPage) *recorder {
	t.Helper()
	rec := &recorder{}
	attachConn(t, wp, rec)
	if len(rec.msgs) != 0 {
		t.Fatalf("attaching at the current version sent %q", rec.msgs)
	}
	return rec
}

// paintServed serves wp for session "s1" and renders it as a page load
// does, returning its registry and the version the HTML shows.
func paintServed(tb testing.TB, wp *page.WebPage) (*page.Registry, uint64) {
	tb.Helper()
	reg := page.NewRegistry(time10m)
	tb.Cleanup(reg.Close)
	reg.Serve(wp, "s1")
	v, err := wp.Render(&strings.Builder{})
	if err != nil {
		tb.Fatal(err)
	}
	return reg, v
}

// attachConn serves and renders wp for session "s1" and attaches c.
func attachConn(tb testing.TB, wp *page.WebPage, c page.Conn) {
	tb.Helper()
	reg, v := paintServed(tb, wp)
	if _, err := reg.Attach(wp.ID(), "s1", "", c, v); err != nil {
		tb.Fatal(err)
	}
	wp.Settle()
	wp.Settle()
}

// change runs fn as a background goroutine would and returns what the
// browser was sent.
func change(wp *page.WebPage, rec *recorder, fn func()) []string {
	wp.DoWait(fn)
	return rec.take()
}

func TestOneTextChangeIsOneSmallOp(t *testing.T) {
	wp := page.NewWebPage()
	var divs []*component.Element
	for i := 0; i < 1000; i++ {
		divs = append(divs, component.Div(component.Text("row"), component.Classes("m-1 p-1"), component.In(wp)))
	}
	rec := attach(t, wp)
	msgs := change(wp, rec, func() { divs[500].Text = "changed" })
	if len(msgs) != 1 {
		t.Fatalf("got %d messages: %q", len(msgs), msgs)
	}
	want := `{"t":"patch","ack":0,"v":2,"ops":[{"id":"` + divs[500].Ref() + `","text":"changed"}]}`
	if msgs[0] != want {
		t.Errorf("got  %s\nwant %s", msgs[0], want)
	}
	if len(msgs[0]) >= 200 {
		t.Errorf("a one-text change on a page of 1,000 elements took %d bytes", len(msgs[0]))
	}
}

func TestNoChangeSendsNothing(t *testing.T) {
	wp := page.NewWebPage()
	d := component.Div(component.Text("same"), component.In(wp))
	rec := attach(t, wp)
	if msgs := change(wp, rec, func() {}); len(msgs) != 0 {
		t.Errorf("no change sent %q", msgs)
	}
	if msgs := change(wp, rec, func() { d.Text = "same" }); len(msgs) != 0 {
		t.Errorf("setting the same text sent %q", msgs)
	}
}

// Golden messages: the exact JSON each kind of change produces.
func TestGoldenOps(t *testing.T) {
	type tc struct {
		name string
		fn   func(d, b *component.Element, wp *page.WebPage)
		want string // the ops, with D and B for the ids of d and b
	}
	cases := []tc{
		{"classes", func(d, b *component.Element, _ *page.WebPage) { d.Classes = "text-xl" }, `[{"id":"D","class":"text-xl"}]`},
		{"style", func(d, b *component.Element, _ *page.WebPage) { d.Style = "color: red" }, `[{"id":"D","style":"color: red"}]`},
		{"hide", func(d, b *component.Element, _ *page.WebPage) { d.Show = false }, `[{"id":"D","show":false}]`},
		{"attribute set and removed", func(d, b *component.Element, _ *page.WebPage) {
			d.SetAttr("title", "tip")
			delete(d.Attrs, "role")
		}, `[{"id":"D","attrs":{"role":null,"title":"tip"}}]`},
		{"several changes to one element collapse", func(d, b *component.Element, _ *page.WebPage) {
			d.Text = "a"
			d.Text = "b"
			d.Classes = "x"
		}, `[{"id":"D","text":"b","class":"x"}]`},
		{"value and checked", func(d, b *component.Element, _ *page.WebPage) {
			b.Value = "v"
			b.Checked = true
		}, `[{"id":"B","value":"v","checked":true}]`},
		{"handler added", func(d, b *component.Element, _ *page.WebPage) {
			d.On("click", func(*component.Element, *page.Msg) error { return nil })
		}, `[{"id":"D","on":["click"]}]`},
		{"child added", func(d, b *component.Element, _ *page.WebPage) {
			d.Add(component.Span(component.Text("new")))
		}, `[{"id":"D","kids":[{"id":"N","tag":"span","text":"new"}]}]`},
		{"component moved to the front of the page", func(d, b *component.Element, wp *page.WebPage) {
			wp.Remove(b)
			wp.AddFirst(b)
		}, `[{"id":"","kids":["B","D"]}]`},
		{"inner html", func(d, b *component.Element, _ *page.WebPage) { d.InnerHTML = "<b>raw</b>" }, `[{"id":"D","html":"\u003cb\u003eraw\u003c/b\u003e"}]`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wp := page.NewWebPage()
			d := component.Div(component.Text("d"), component.Attr("role", "note"), component.In(wp))
			b := component.Input(component.Type("checkbox"), component.In(wp))
			rec := attach(t, wp)
			msgs := change(wp, rec, func() { c.fn(d, b, wp) })
			if len(msgs) != 1 {
				t.Fatalf("got %q", msgs)
			}
			var m struct{ Ops json.RawMessage }
			if err := json.Unmarshal([]byte(msgs[0]), &m); err != nil {
				t.Fatal(err)
			}
			got := strings.NewReplacer(`"`+d.Ref()+`"`, `"D"`, `"`+b.Ref()+`"`, `"B"`).Replace(string(m.Ops))
			if c.name == "child added" {
				id := d.Components()[0].Ref()
				got = strings.Replace(got, `"`+id+`"`, `"N"`, 1)
			}
			if got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

// A child the browser has travels as a reference, so the DOM node (and its
// focus) is kept; removed ones are forgotten and their events refused.
func TestKidsByReferenceAndRemoval(t *testing.T) {
	wp := page.NewWebPage()
	list := component.Ul(component.In(wp))
	a := component.Li(component.Text("a"), component.In(list))
	b := component.Li(component.Text("b"), component.In(list))
	b.On("click", func(*component.Element, *page.Msg) error { return nil })
	rec := attach(t, wp)
	msgs := change(wp, rec, func() {
		list.Remove(a)
		list.Add(a)
	})
	want := `"ops":[{"id":"` + list.Ref() + `","kids":["` + b.Ref() + `","` + a.Ref() + `"]}]`
	if len(msgs) != 1 || !strings.Contains(msgs[0], want) {
		t.Fatalf("got %q, want %s", msgs, want)
	}
	change(wp, rec, func() { list.Remove(b) })
	err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: b.Ref(), Event: "click"})
	if err == nil {
		t.Error("an event for a removed element was dispatched")
	}
}

// A browser that reattaches with an older version gets the whole page,
// with every node whole, and the page commands.
func TestFullSyncOnStaleVersion(t *testing.T) {
	wp := page.NewWebPage()
	wp.DisplayURL = "somewhere"
	d := component.Div(component.Text("one"), component.In(wp))
	reg := page.NewRegistry(time10m)
	defer reg.Close()
	reg.Serve(wp, "s1")
	wp.Render(&strings.Builder{})
	wp.DoWait(func() { d.Text = "two" })
	rec := &recorder{}
	if _, err := reg.Attach(wp.ID(), "s1", "", rec, 1); err != nil {
		t.Fatal(err)
	}
	wp.Settle()
	want := `{"t":"patch","ack":0,"v":2,"ops":[{"id":"","on":[],"kids":[{"id":"` + d.Ref() + `","tag":"div","text":"two"}]}],"url":"somewhere","title":"","body":{"class":"","style":"","dark":false}}`
	if len(rec.msgs) != 1 || rec.msgs[0] != want {
		t.Errorf("got  %q\nwant %s", rec.msgs, want)
	}
}

func TestPageSettingsTravelOnce(t *testing.T) {
	wp := page.NewWebPage()
	component.Div(component.In(wp))
	rec := attach(t, wp)
	msgs := change(wp, rec, func() {
		wp.DisplayURL = "login_successful"
		wp.Title = "Hi"
		wp.RunJavaScript("1+1")
	})
	want := `{"t":"patch","ack":0,"v":2,"url":"login_successful","title":"Hi","js":[{"code":"1+1"}]}`
	if len(msgs) != 1 || msgs[0] != want {
		t.Errorf("got  %q\nwant %s", msgs, want)
	}
	if msgs := change(wp, rec, func() {}); len(msgs) != 0 {
		t.Errorf("settings were sent again: %q", msgs)
	}
	msgs = change(wp, rec, func() { wp.Redirect = "/login_test" })
	if len(msgs) != 1 || !strings.Contains(msgs[0], `"redirect":"/login_test"`) {
		t.Errorf("redirect: %q", msgs)
	}
	msgs = change(wp, rec, wp.Reload)
	if want := `{"t":"patch","ack":0,"v":4,"reload":true}`; len(msgs) != 1 || msgs[0] != want {
		t.Errorf("reload: %q, want %s", msgs, want)
	}
	if msgs := change(wp, rec, func() {}); len(msgs) != 0 {
		t.Errorf("reload was sent again: %q", msgs)
	}
}
