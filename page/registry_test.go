package page_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

func TestAttachChecksPageAndSession(t *testing.T) {
	reg := page.NewRegistry(time10m)
	defer reg.Close()
	wp := page.NewWebPage()
	reg.Serve(wp, "alice")
	if _, err := reg.Attach(wp.ID(), "mallory", "", &recorder{}, 0); !errors.Is(err, page.ErrForbidden) {
		t.Errorf("another session's attach: %v", err)
	}
	if _, err := reg.Attach("guessed", "alice", "", &recorder{}, 0); !errors.Is(err, page.ErrUnknownPage) {
		t.Errorf("unknown page: %v", err)
	}
	if _, err := reg.Attach(wp.ID(), "alice", "", &recorder{}, 0); err != nil {
		t.Errorf("own page: %v", err)
	}
	wp.Settle()
	// A page served to a second session (a shared page) admits both.
	reg.Serve(wp, "bob")
	if _, err := reg.Attach(wp.ID(), "bob", "", &recorder{}, 0); err != nil {
		t.Errorf("shared page: %v", err)
	}
	wp.Settle()
}

func TestPageIDsAreUnguessable(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 1000; i++ {
		id := page.NewWebPage().ID()
		if len(id) < 22 || seen[id] {
			t.Fatalf("id %q (len %d, seen %v)", id, len(id), seen[id])
		}
		seen[id] = true
	}
}

func waitPages(t *testing.T, reg *page.Registry, n int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for reg.Len() != n {
		if time.Now().After(deadline) {
			t.Fatalf("%d live pages, want %d", reg.Len(), n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestUnconnectedPagesExpire(t *testing.T) {
	reg := page.NewRegistry(50 * time.Millisecond)
	defer reg.Close()
	for i := 0; i < 100; i++ {
		reg.Serve(page.NewWebPage(), "s")
	}
	if reg.Len() != 100 {
		t.Fatalf("%d pages", reg.Len())
	}
	waitPages(t, reg, 0)
}

func TestDetachGraceThenFree(t *testing.T) {
	reg := page.NewRegistry(100 * time.Millisecond)
	defer reg.Close()
	wp := page.NewWebPage()
	d := component.Div(component.Text("state"), component.In(wp))
	reg.Serve(wp, "s")
	v, _ := wp.Render(&strings.Builder{})
	c := &recorder{}
	if _, err := reg.Attach(wp.ID(), "s", "", c, v); err != nil {
		t.Fatal(err)
	}
	wp.Settle()
	time.Sleep(150 * time.Millisecond) // longer than the timeout: a connected page stays
	if reg.Len() != 1 {
		t.Fatal("a connected page expired")
	}
	reg.Detach(wp, c)
	wp.DoWait(func() { d.Text = "kept" })
	c2 := &recorder{}
	if _, err := reg.Attach(wp.ID(), "s", "", c2, v); err != nil {
		t.Fatalf("reconnect within the grace period: %v", err)
	}
	wp.Settle()
	if len(c2.msgs) != 1 || !strings.Contains(c2.msgs[0], `"text":"kept"`) {
		t.Errorf("the resumed page did not bring the browser up to date: %q", c2.msgs)
	}
	reg.Detach(wp, c2)
	waitPages(t, reg, 0)
	if _, err := reg.Attach(wp.ID(), "s", "", &recorder{}, v); !errors.Is(err, page.ErrUnknownPage) {
		t.Errorf("attach after expiry: %v", err)
	}
}

// A tab that reconnects and sends again what the server may have missed
// has each message handled once.
func TestResentMessagesAreHandledOnce(t *testing.T) {
	reg := page.NewRegistry(time10m)
	defer reg.Close()
	wp := page.NewWebPage()
	clicks := 0
	b := component.Button(component.In(wp))
	b.On("click", func(*component.Element, *page.Msg) error { clicks++; return nil })
	reg.Serve(wp, "s")
	v, _ := wp.Render(&strings.Builder{})
	first := &recorder{}
	reg.Attach(wp.ID(), "s", "tab-1", first, v)
	wp.Settle()
	click := func(c page.Conn, n uint64) {
		wp.Handle(c, "s", "c", &wire.ClientMsg{N: n, Type: wire.TypeEvent, ID: b.Ref(), Event: "click"})
	}
	click(first, 1)
	click(first, 2)
	reg.Detach(wp, first) // the network drops
	second := &recorder{}
	reg.Attach(wp.ID(), "s", "tab-1", second, 0)
	wp.Settle()
	if len(second.msgs) != 1 || !strings.HasPrefix(second.msgs[0], `{"t":"patch","ack":2,`) {
		t.Errorf("the resync does not say what was handled: %q", second.msgs)
	}
	click(second, 2) // unsure whether 2 arrived, the tab sends it again
	click(second, 3)
	if clicks != 3 {
		t.Errorf("%d clicks handled, want 3", clicks)
	}
	other := &recorder{} // another tab numbers its messages from 1 too
	reg.Attach(wp.ID(), "s", "tab-2", other, 0)
	wp.Settle()
	click(other, 1)
	if clicks != 4 {
		t.Errorf("another tab's first click was taken for a repeat")
	}
}

// What one browser typed while it was the page's only connection reaches a
// browser that loaded the page before and attaches after.
func TestLateAttachSeesWhatWasTypedAlone(t *testing.T) {
	reg := page.NewRegistry(time10m)
	defer reg.Close()
	wp := page.NewWebPage()
	editor := component.Textarea(component.In(wp))
	reg.Serve(wp, "s")
	v, _ := wp.Render(&strings.Builder{})
	typist := &recorder{}
	reg.Attach(wp.ID(), "s", "tab-1", typist, v)
	wp.Settle()
	wp.Handle(typist, "s", "c", &wire.ClientMsg{N: 1, Type: wire.TypeValue, ID: editor.Ref(), Value: str("typed alone")})

	late := &recorder{}
	reg.Attach(wp.ID(), "s", "tab-2", late, v) // loaded with the first, attaching only now
	wp.Settle()
	if len(late.msgs) != 1 || !strings.Contains(late.msgs[0], `"value":"typed alone"`) {
		t.Errorf("the late browser got %q", late.msgs)
	}
	again := &recorder{}
	reg.Attach(wp.ID(), "s", "tab-1", again, v) // the typist itself reconnecting needs nothing
	wp.Settle()
	if len(again.msgs) != 0 {
		t.Errorf("the typist got %q", again.msgs)
	}
	var html strings.Builder
	v2, _ := wp.Render(&html) // a new load shows the text, at a version of its own
	if v2 == v || !strings.Contains(html.String(), ">\ntyped alone</textarea>") {
		t.Errorf("version %d (was %d), html %s", v2, v, html.String())
	}
}
