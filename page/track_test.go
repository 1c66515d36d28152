package page_test

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

// table is a page holding a tracked table of n rows, and the rows.
func table(n int) (*page.WebPage, *component.Element, []*component.Element) {
	wp := page.NewWebPage()
	t := component.Div(component.Tracked(), component.In(wp))
	var rows []*component.Element
	for i := range n {
		rows = append(rows, component.Div(component.Text(fmt.Sprint("row ", i)), component.In(t)))
	}
	return wp, t, rows
}

// attachChecked is attach on a registry whose pages check their tracked
// subtrees, reporting to the returned list.
func attachChecked(t *testing.T, wp *page.WebPage) (*recorder, func() []error) {
	t.Helper()
	var mu sync.Mutex
	var errs []error
	rec := attachWith(t, wp, func(reg *page.Registry) {
		reg.CheckTracking = func(err error) { mu.Lock(); errs = append(errs, err); mu.Unlock() }
	})
	return rec, func() []error { mu.Lock(); defer mu.Unlock(); e := errs; errs = nil; return e }
}

// attachWith is attach on a registry that setup configures first.
func attachWith(t *testing.T, wp *page.WebPage, setup func(*page.Registry)) *recorder {
	t.Helper()
	reg := page.NewRegistry(time10m)
	t.Cleanup(reg.Close)
	setup(reg)
	reg.Serve(wp, "s1")
	v, err := wp.Render(&strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	if _, err := reg.Attach(wp.ID(), "s1", "", rec, v); err != nil {
		t.Fatal(err)
	}
	wp.Settle()
	return rec
}

// What a method, Touch or a browser's event records is sent; an
// assignment nothing records is not (the contract's price), nor does the
// page look at the table for a change elsewhere.
func TestATrackedSubtreeIsComparedOnlyAfterARecordedChange(t *testing.T) {
	wp, _, rows := table(100)
	outside := component.Div(component.Text("outside"), component.In(wp))
	rows[7].On("click", func(self *component.Element, _ *page.Msg) { self.Text = "clicked" })
	rec := attach(t, wp)

	if msgs := change(wp, rec, func() { rows[3].SetClass("font-bold") }); len(msgs) != 1 || !strings.Contains(msgs[0], `"class":"font-bold"`) {
		t.Errorf("a method: %q", msgs)
	}
	if msgs := change(wp, rec, func() { rows[4].Text = "four"; rows[4].Touch() }); len(msgs) != 1 || !strings.Contains(msgs[0], `"text":"four"`) {
		t.Errorf("Touch: %q", msgs)
	}
	if msgs := change(wp, rec, func() { rows[5].Text = "five" }); len(msgs) != 0 {
		t.Errorf("an assignment nothing recorded was found, so the table was compared: %q", msgs)
	}
	if msgs := change(wp, rec, func() { outside.Text = "changed" }); len(msgs) != 1 || strings.Contains(msgs[0], "five") {
		t.Errorf("a change outside the table: %q", msgs)
	}
	if err := wp.Handle(rec, "s1", "c", click(rows[7].Ref(), 1)); err != nil {
		t.Fatal(err)
	}
	wp.Settle()
	if msgs := rec.take(); len(msgs) != 1 || !strings.Contains(msgs[0], `"text":"clicked"`) || !strings.Contains(msgs[0], `"text":"five"`) {
		t.Errorf("a click on a row compares the table, the missed change with it: %q", msgs)
	}
}

// Under CheckTracking (DEBUG, jptest) the page compares the tracked
// subtrees anyway: a change nothing recorded is sent and reported.
func TestCheckTrackingReportsAChangeNothingRecorded(t *testing.T) {
	wp, _, rows := table(10)
	rec, reported := attachChecked(t, wp)
	if msgs := change(wp, rec, func() { rows[2].Text = "two" }); len(msgs) != 1 || !strings.Contains(msgs[0], `"text":"two"`) {
		t.Errorf("sent %q", msgs)
	}
	errs := reported()
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), rows[2].Ref()) {
		t.Fatalf("reported %v", errs)
	}
	change(wp, rec, func() { rows[3].Text = "three"; rows[3].Touch() })
	if errs := reported(); len(errs) != 0 {
		t.Errorf("a touched change reported: %v", errs)
	}
}

// A subtree tracked inside another: a change in the inner one counts for
// the outer one, which the page would otherwise skip.
func TestNestedTrackedSubtrees(t *testing.T) {
	wp, outer, _ := table(5)
	inner := component.Div(component.Tracked(), component.In(outer))
	cell := component.Span(component.Text("cell"), component.In(inner))
	rec, reported := attachChecked(t, wp)
	if msgs := change(wp, rec, func() { cell.SetAttr("title", "deep") }); len(msgs) != 1 || !strings.Contains(msgs[0], `"title":"deep"`) {
		t.Errorf("sent %q", msgs)
	}
	if errs := reported(); len(errs) != 0 {
		t.Errorf("reported %v", errs)
	}
}

// A change of the page's structure elsewhere sweeps what the browser no
// longer has, but keeps the skipped table: it is not sent again, and its
// rows still take events.
func TestTheSweepKeepsASkippedSubtree(t *testing.T) {
	wp, _, rows := table(20)
	clicks := 0
	rows[9].On("click", func(*component.Element, *page.Msg) { clicks++ })
	rec := attach(t, wp)
	extra := component.Div(component.Text("new"))
	for _, fn := range []func(){func() { wp.Add(extra) }, func() { wp.Remove(extra) }} {
		if msgs := change(wp, rec, fn); len(msgs) != 1 || strings.Contains(msgs[0], "row 0") {
			t.Errorf("the table was sent again: %q", msgs)
		}
	}
	if err := wp.Handle(rec, "s1", "c", click(rows[9].Ref(), 1)); err != nil {
		t.Fatalf("a row of the skipped table: %v", err)
	}
	if clicks != 1 {
		t.Errorf("%d clicks", clicks)
	}
}

// Rows added and moved: a row added to the table is sent whole; one moved
// out of it to the page is compared with the page again, untracked.
func TestRowsAddedToAndMovedOutOfATrackedSubtree(t *testing.T) {
	wp, tbl, rows := table(3)
	rec, reported := attachChecked(t, wp)
	added := component.Div(component.Text("added"))
	if msgs := change(wp, rec, func() { tbl.Add(added) }); len(msgs) != 1 || !strings.Contains(msgs[0], `"text":"added"`) {
		t.Errorf("add: %q", msgs)
	}
	change(wp, rec, func() { added.Text = "touched"; added.Touch() })
	change(wp, rec, func() { tbl.Remove(rows[0]); wp.Add(rows[0]) })
	if msgs := change(wp, rec, func() { rows[0].Text = "free" }); len(msgs) != 1 || !strings.Contains(msgs[0], `"text":"free"`) {
		t.Errorf("a moved row: %q", msgs)
	}
	if errs := reported(); len(errs) != 0 {
		t.Errorf("reported %v", errs)
	}
}

// An ancestor hidden around a skipped table changes what a person can do
// with its inputs: the page compares it again and refuses their values.
func TestHidingAroundATrackedSubtreeIsSeen(t *testing.T) {
	wp := page.NewWebPage()
	box := component.Div(component.In(wp))
	tbl := component.Div(component.Tracked(), component.In(box))
	in := component.Input(component.In(tbl), component.On("input", func(*component.Element, *page.Msg) {}))
	rec := attach(t, wp)
	change(wp, rec, func() { box.Show = false })
	err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeValue, ID: in.Ref(), Value: str("typed")})
	if !errors.Is(err, page.ErrHidden) {
		t.Errorf("an input in a hidden box took a value: %v", err)
	}
}

// Under the registry's Debug alone (DEBUG, no CheckTracking) the page
// also compares tracked subtrees: a change nothing recorded is sent, and
// the browser is told of it, where the developer looks.
func TestDebugShowsAChangeNothingRecorded(t *testing.T) {
	wp, _, rows := table(5)
	rec := attachWith(t, wp, func(reg *page.Registry) { reg.Debug = true })
	msgs := change(wp, rec, func() { rows[1].Text = "one" })
	if len(msgs) != 2 || !strings.Contains(msgs[0], "without a method or Touch") || !strings.Contains(msgs[1], `"text":"one"`) {
		t.Errorf("sent %q", msgs)
	}
}
