package page_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

// A registry with MaxPages drops the page gone longest without a browser
// to serve another, and refuses one more when a browser shows them all.
func TestMaxPagesDropsTheLongestUnshownPage(t *testing.T) {
	reg := page.NewRegistry(time10m)
	reg.MaxPages = 3
	defer reg.Close()
	ps := make([]*page.WebPage, 7)
	for i := range ps {
		ps[i] = page.NewWebPage()
	}
	serve := func(i int) error { return reg.Serve(ps[i], "s") }
	for i := range 3 {
		if err := serve(i); err != nil {
			t.Fatal(err)
		}
	}
	ctx0 := ps[0].Context()
	if err := serve(3); err != nil {
		t.Fatalf("a 4th page: %v", err)
	}
	select {
	case <-ctx0.Done():
	default:
		t.Error("the oldest unshown page's context was not cancelled")
	}
	if reg.Len() != 3 || !ps[0].Expired() {
		t.Errorf("Len %d, oldest dropped %v", reg.Len(), ps[0].Expired())
	}

	// Page 1 is shown and left again: now page 2 has gone longest unshown.
	rec := &lockedRec{}
	if _, err := reg.Attach(ps[1].ID(), "s", "", rec, 0); err != nil {
		t.Fatal(err)
	}
	ps[1].Settle()
	reg.Detach(ps[1], rec)
	if err := serve(4); err != nil {
		t.Fatal(err)
	}
	if !ps[2].Expired() || ps[1].Expired() || reg.Len() != 3 {
		t.Errorf("dropped: page 1 %v, page 2 %v (want page 2); Len %d", ps[1].Expired(), ps[2].Expired(), reg.Len())
	}

	conns := map[int]*lockedRec{}
	for _, i := range []int{1, 3, 4} {
		conns[i] = &lockedRec{}
		if _, err := reg.Attach(ps[i].ID(), "s", "", conns[i], 0); err != nil {
			t.Fatal(err)
		}
		ps[i].Settle()
	}
	if err := serve(5); !errors.Is(err, page.ErrTooManyPages) {
		t.Errorf("a 4th page while all 3 are shown: %v, want ErrTooManyPages", err)
	}
	if _, err := reg.Lookup(ps[5].ID(), "s"); err == nil || reg.Len() != 3 {
		t.Errorf("the refused page is registered (Len %d)", reg.Len())
	}
	for _, i := range []int{1, 3, 4} {
		if ps[i].Expired() || conns[i].closedCode() != 0 {
			t.Errorf("shown page %d was dropped", i)
		}
	}
	reg.Detach(ps[3], conns[3])
	if err := serve(6); err != nil || !ps[3].Expired() {
		t.Errorf("once one left: %v, it was dropped %v", err, ps[3].Expired())
	}
}

// NewPageTimeout drops a page no browser ever attached to, while a page a
// browser attached to and left keeps the longer timeout.
func TestNewPageTimeoutDropsNeverAttachedPagesFirst(t *testing.T) {
	reg := page.NewRegistry(time10m)
	reg.NewPageTimeout = 20 * time.Millisecond
	defer reg.Close()
	left, never := page.NewWebPage(), page.NewWebPage()
	reg.Serve(left, "s")
	rec := &lockedRec{}
	if _, err := reg.Attach(left.ID(), "s", "", rec, 0); err != nil {
		t.Fatal(err)
	}
	left.Settle()
	reg.Detach(left, rec)
	reg.Serve(never, "s")
	deadline := time.Now().Add(5 * time.Second)
	for !never.Expired() {
		if time.Now().After(deadline) {
			t.Fatal("the never-attached page was not dropped")
		}
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // past the short timeout for the other too
	if _, err := reg.Lookup(left.ID(), "s"); err != nil || left.Expired() || reg.Len() != 1 {
		t.Errorf("the page a browser left: %v, expired %v, Len %d", err, left.Expired(), reg.Len())
	}
}

// One timer expires the unshown pages of both kinds in turn, each after its
// own timeout counted from when it became unshown; MaxPages takes the page
// unshown longest of either kind.
func TestUnshownPagesExpireInTurn(t *testing.T) {
	reg := page.NewRegistry(1500 * time.Millisecond)
	reg.NewPageTimeout = 50 * time.Millisecond
	reg.MaxPages = 3
	defer reg.Close()
	never, left, later := page.NewWebPage(), page.NewWebPage(), page.NewWebPage()
	reg.Serve(left, "s")
	reg.Serve(never, "s")
	rec := &lockedRec{}
	if _, err := reg.Attach(left.ID(), "s", "", rec, 0); err != nil {
		t.Fatal(err)
	}
	left.Settle()
	reg.Detach(left, rec) // unshown since after never
	reg.Serve(later, "s")
	fourth := page.NewWebPage()
	if err := reg.Serve(fourth, "s"); err != nil || !never.Expired() || left.Expired() || later.Expired() {
		t.Fatalf("the 4th page: %v; dropped: never %v, left %v, later %v (want never)", err, never.Expired(), left.Expired(), later.Expired())
	}
	wait := func(what string, wp *page.WebPage) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); !wp.Expired(); time.Sleep(5 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("%s was not dropped", what)
			}
		}
	}
	wait("a page never attached to", later)
	wait("another", fourth)
	if left.Expired() {
		t.Fatal("the page a browser left went with the short timeout")
	}
	wait("the page a browser left", left)
	if reg.Len() != 0 {
		t.Errorf("Len %d after all expired", reg.Len())
	}
}

// MaxTabsPerPage refuses one tab more while the others are connected, and
// admits it once one left.
func TestMaxTabsPerPageRefusesATabWhileTheOthersAreThere(t *testing.T) {
	reg := page.NewRegistry(time10m)
	reg.MaxTabsPerPage = 2
	defer reg.Close()
	wp := page.NewWebPage()
	reg.Serve(wp, "s")
	t1, t2, t3 := &lockedRec{}, &lockedRec{}, &lockedRec{}
	for tab, c := range map[string]*lockedRec{"t1": t1, "t2": t2} {
		if _, err := reg.Attach(wp.ID(), "s", tab, c, 0); err != nil {
			t.Fatal(err)
		}
	}
	wp.Settle()
	if _, err := reg.Attach(wp.ID(), "s", "t3", t3, 0); !errors.Is(err, page.ErrTooManyTabs) {
		t.Errorf("a third tab: %v, want ErrTooManyTabs", err)
	}
	again := &lockedRec{}
	if _, err := reg.Attach(wp.ID(), "s", "t2", again, 0); err != nil {
		t.Errorf("a known tab's second connection: %v", err)
	}
	wp.Settle()
	reg.Detach(wp, t1)
	if _, err := reg.Attach(wp.ID(), "s", "t3", t3, 0); err != nil {
		t.Errorf("a third tab once one left: %v", err)
	}
	wp.Settle()
}

// Tab ids are what the client makes: at most 64 letters, digits, - and _.
func TestBadTabIDsAreRefused(t *testing.T) {
	reg := page.NewRegistry(time10m)
	defer reg.Close()
	wp := page.NewWebPage()
	reg.Serve(wp, "s")
	cases := []struct {
		tab string
		ok  bool
	}{
		{"", true},
		{"aZ09-_", true},
		{strings.Repeat("x", 64), true},
		{strings.Repeat("x", 65), false},
		{"a b", false},
		{"tab/1", false},
		{"tab.1", false},
		{"tab\x00", false},
		{"täb", false},
		{"<script>", false},
	}
	for _, c := range cases {
		rec := &lockedRec{}
		_, err := reg.Attach(wp.ID(), "s", c.tab, rec, 0)
		wp.Settle()
		if c.ok && err != nil || !c.ok && !errors.Is(err, page.ErrBadTab) {
			t.Errorf("tab %q: %v", c.tab, err)
		}
		if err == nil {
			reg.Detach(wp, rec)
		}
	}
}

// On a page served to two sessions, the same tab id from each is two
// tabs: a message number one handled does not make the other's a repeat.
func TestSameTabIDFromTwoSessionsIsTwoTabs(t *testing.T) {
	reg := page.NewRegistry(time10m)
	defer reg.Close()
	wp := page.NewWebPage()
	clicks := map[string]int{}
	b := component.Button(component.In(wp), component.On("click", func(_ *component.Element, msg *page.Msg) error {
		clicks[msg.SessionID]++
		return nil
	}))
	reg.Serve(wp, "alice")
	reg.Serve(wp, "bob")
	v, _ := wp.Render(&strings.Builder{})
	ca, cb := &lockedRec{}, &lockedRec{}
	if _, err := reg.Attach(wp.ID(), "alice", "tab-1", ca, v); err != nil {
		t.Fatal(err)
	}
	if _, err := reg.Attach(wp.ID(), "bob", "tab-1", cb, v); err != nil {
		t.Fatal(err)
	}
	wp.Settle()
	for _, n := range []uint64{1, 2} {
		wp.Handle(ca, "alice", "ca", click(b.Ref(), n))
		wp.Handle(cb, "bob", "cb", click(b.Ref(), n))
	}
	if clicks["alice"] != 2 || clicks["bob"] != 2 {
		t.Errorf("clicks handled: %v, want 2 each", clicks)
	}
}

// MaxPagesPerSession counts the pages served for one owner (ServeFor), in
// whatever sessions: the owner's oldest goes, other owners keep theirs.
func TestMaxPagesPerSessionCountsPerOwner(t *testing.T) {
	reg := page.NewRegistry(time10m)
	reg.MaxPagesPerSession = 2
	defer reg.Close()
	other := page.NewWebPage()
	reg.ServeFor(other, "s0", "10.0.0.2")
	ps := []*page.WebPage{page.NewWebPage(), page.NewWebPage(), page.NewWebPage()}
	for i, wp := range ps {
		if err := reg.ServeFor(wp, fmt.Sprint("s", i+1), "10.0.0.1"); err != nil {
			t.Fatal(err)
		}
	}
	if !ps[0].Expired() || ps[1].Expired() || ps[2].Expired() {
		t.Errorf("dropped: %v %v %v, want only the first", ps[0].Expired(), ps[1].Expired(), ps[2].Expired())
	}
	if other.Expired() || reg.Len() != 3 {
		t.Errorf("another owner's page dropped %v; Len %d", other.Expired(), reg.Len())
	}
	more := page.NewWebPage()
	reg.ServeFor(more, "s0", "10.0.0.2")
	if other.Expired() || more.Expired() || reg.Len() != 4 {
		t.Errorf("the other owner's two pages: %v %v; Len %d", other.Expired(), more.Expired(), reg.Len())
	}
}

// A Keep page is never dropped by the registry's timeouts, shown or not.
func TestKeepPagesNeverExpire(t *testing.T) {
	reg := page.NewRegistry(20 * time.Millisecond)
	reg.NewPageTimeout = 10 * time.Millisecond
	defer reg.Close()
	kept, shown, control := page.NewWebPage(), page.NewWebPage(), page.NewWebPage()
	kept.Keep, shown.Keep = true, true
	for _, wp := range []*page.WebPage{kept, shown, control} {
		reg.Serve(wp, "s")
	}
	rec := &lockedRec{}
	if _, err := reg.Attach(shown.ID(), "s", "", rec, 0); err != nil {
		t.Fatal(err)
	}
	shown.Settle()
	reg.Detach(shown, rec)
	deadline := time.Now().Add(5 * time.Second)
	for !control.Expired() {
		if time.Now().After(deadline) {
			t.Fatal("the page without Keep never expired")
		}
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	for name, wp := range map[string]*page.WebPage{"never shown": kept, "shown and left": shown} {
		if _, err := reg.Lookup(wp.ID(), "s"); err != nil || wp.Expired() {
			t.Errorf("the Keep page %s: %v", name, err)
		}
	}
}

// SessionBytes caps one session's uploads on disk; another session's
// upload of the same size still goes through.
