package page_test

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

// joinAt attaches a recorder at version v and returns what it was sent.
func joinAt(t *testing.T, reg *page.Registry, wp *page.WebPage, v uint64) (*recorder, []string) {
	t.Helper()
	rec := &recorder{}
	if _, err := reg.Attach(wp.ID(), "s1", "", rec, v); err != nil {
		t.Fatal(err)
	}
	wp.Settle()
	return rec, rec.take()
}

// A page loaded and never connected keeps no snapshots; its first browser
// gets nothing more than its HTML had, and its events work.
func TestAPaintedPageKeepsNoSnapshotsUntilABrowserJoins(t *testing.T) {
	wp, btn := sessionPage()
	reg, v := paintServed(t, wp)
	if n := wp.Snapshots(); n != 0 {
		t.Errorf("a page no browser has had keeps %d snapshots", n)
	}
	rec, msgs := joinAt(t, reg, wp, v)
	if len(msgs) != 0 {
		t.Errorf("joining at the painted version sent %q", msgs)
	}
	if n := wp.Snapshots(); n != 4 { // the root and three elements
		t.Errorf("%d snapshots once a browser joined, want 4", n)
	}
	if err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: btn.Ref(), Event: "click"}); err != nil {
		t.Fatal(err)
	}
	if msgs := rec.take(); len(msgs) != 1 || !strings.Contains(msgs[0], `"text":"Number of Click Events: 1"`) || strings.Contains(msgs[0], "kids") {
		t.Errorf("the click sent %q", msgs)
	}
}

// A page changed between its paint and its first browser sends that
// browser the page whole; one that was flushed without a change, nothing.
func TestAPageChangedBeforeItsBrowserJoinedIsSentWhole(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(wp *page.WebPage, p *component.Element)
		whole  string // what the full page sent has, or "" for no message
	}{
		{"text", func(_ *page.WebPage, p *component.Element) { p.Text = "changed" }, `"text":"changed"`},
		{"title", func(wp *page.WebPage, _ *component.Element) { wp.Title = "Later" }, `"title":"Later"`},
		{"body", func(wp *page.WebPage, _ *component.Element) { wp.BodyClasses = "dark" }, `"class":"dark"`},
		{"nothing", func(*page.WebPage, *component.Element) {}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wp := page.NewWebPage()
			p := component.P(component.Text("painted"), component.In(wp))
			reg, v := paintServed(t, wp)
			wp.DoWait(func() { tc.change(wp, p) })
			_, msgs := joinAt(t, reg, wp, v)
			switch {
			case tc.whole == "" && len(msgs) != 0:
				t.Errorf("an unchanged page sent %q", msgs)
			case tc.whole != "" && (len(msgs) != 1 || !strings.Contains(msgs[0], `"kids"`) || !strings.Contains(msgs[0], tc.whole)):
				t.Errorf("sent %q, want the page whole with %s", msgs, tc.whole)
			}
		})
	}
}

// mirror shows what src says each time the page brings it up to date.
type mirror struct {
	*component.Element
	src *string
}

func (m *mirror) React() { m.Text = *m.src }

// A component that brings itself up to date may show something else by
// the time the first browser joins: the browser gets what it shows then.
// One that shows the same sends nothing.
func TestAPaintedReactorIsComparedWhenABrowserJoins(t *testing.T) {
	src := "painted"
	wp := page.NewWebPage()
	m := &mirror{src: &src}
	m.Element = component.Make(m, "div", component.In(wp))
	reg, v := paintServed(t, wp)
	src = "later"
	if _, msgs := joinAt(t, reg, wp, v); len(msgs) != 1 || !strings.Contains(msgs[0], `"text":"later"`) {
		t.Errorf("sent %q, want the page whole showing later", msgs)
	}

	wp = page.NewWebPage()
	r := &reactions{}
	r.Element = component.Make(r, "div", component.Text("same"), component.In(wp))
	reg, v = paintServed(t, wp)
	if _, msgs := joinAt(t, reg, wp, v); len(msgs) != 0 || r.n < 2 {
		t.Errorf("sent %q after %d reactions, want nothing after two", msgs, r.n)
	}
}

// An event by HTTP, with no browser joined by websocket, finds its
// element on a page painted unseen.
func TestAnEventReachesAPagePaintedUnseen(t *testing.T) {
	wp, btn := sessionPage()
	paintServed(t, wp)
	if err := wp.Handle(&recorder{}, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: btn.Ref(), Event: "click"}); err != nil {
		t.Fatal(err)
	}
	if btn.Text != "Number of Click Events: 1" {
		t.Errorf("the handler did not run: %q", btn.Text)
	}
}
