package page_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

// TestDisconnectEvent is JustPy's close_test: the page hears of each tab
// that stops showing it, on its own goroutine, and may change what the
// others see.
func TestDisconnectEvent(t *testing.T) {
	reg := page.NewRegistry(time10m)
	defer reg.Close()
	wp := page.NewWebPage()
	d := component.Div(component.Text("nobody left"), component.In(wp))
	var sessions []string
	wp.On(page.EventDisconnect, func(wp *page.WebPage, msg *page.Msg) {
		sessions = append(sessions, msg.SessionID)
		d.Text = "a tab closed; " + string(rune('0'+wp.Connections())) + " left"
	})
	reg.Serve(wp, "s")
	v, _ := wp.Render(&strings.Builder{})
	first, second := &recorder{}, &recorder{}
	for _, c := range []*recorder{first, second} {
		if _, err := reg.Attach(wp.ID(), "s", "", c, v); err != nil {
			t.Fatal(err)
		}
	}
	wp.Settle()
	reg.Detach(wp, first)
	wp.Settle()
	if strings.Join(sessions, ",") != "s" || d.Text != "a tab closed; 1 left" {
		t.Fatalf("sessions %q, text %q", sessions, d.Text)
	}
	if msgs := second.take(); len(msgs) != 1 || !strings.Contains(msgs[0], "1 left") {
		t.Errorf("the tab still there was not told: %q", msgs)
	}
	reg.Detach(wp, first) // already gone: no second event
	wp.Settle()
	if len(sessions) != 1 {
		t.Errorf("a connection detached twice made %d events", len(sessions))
	}
}

func TestBrowserCannotSendDisconnect(t *testing.T) {
	wp := page.NewWebPage()
	ran := false
	wp.On(page.EventDisconnect, func(*page.WebPage, *page.Msg) { ran = true })
	rec := attach(t, wp)
	err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: wire.RootID, Event: page.EventDisconnect})
	if !errors.Is(err, page.ErrNotListening) || ran {
		t.Errorf("a forged disconnect: %v, ran %v", err, ran)
	}
}

// TestDisconnectBeforeJoin: a tab that closes while its join still waits
// behind a handler is heard of all the same, after the handler.
func TestDisconnectBeforeJoin(t *testing.T) {
	wp := page.NewWebPage()
	gate := make(chan struct{})
	b := component.Button(component.Text("slow"), component.In(wp))
	b.On("click", func(*component.Element, *page.Msg) { <-gate })
	var heard []string
	wp.On(page.EventDisconnect, func(wp *page.WebPage, msg *page.Msg) { heard = append(heard, msg.SessionID) })
	reg, v := paintServed(t, wp)
	first := &recorder{}
	if _, err := reg.Attach(wp.ID(), "s1", "", first, v); err != nil {
		t.Fatal(err)
	}
	wp.Settle()
	wp.Receive(first, "s1", "c1", &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: b.Ref(), Event: "click"}, func(error) {})
	second := &recorder{}
	if _, err := reg.Attach(wp.ID(), "s1", "", second, v); err != nil {
		t.Fatal(err)
	}
	reg.Detach(wp, second) // its join has not run: the click holds the page
	close(gate)
	wp.Settle()
	wp.Settle()
	if len(heard) != 1 || heard[0] != "s1" {
		t.Errorf("a tab gone before its join ran: heard %q", heard)
	}
}

// brief is a Conn of one exchange, as the HTTP fallback's POST.
type brief struct{ recorder }

func (*brief) Transient() {}

// TestTransientConnDoesNotDisconnect: the end of an HTTP fallback request
// is not a tab leaving.
func TestTransientConnDoesNotDisconnect(t *testing.T) {
	wp := page.NewWebPage()
	ran := 0
	wp.On(page.EventDisconnect, func(*page.WebPage, *page.Msg) { ran++ })
	reg, v := paintServed(t, wp)
	c := &brief{}
	if _, err := reg.Attach(wp.ID(), "s1", "", c, v); err != nil {
		t.Fatal(err)
	}
	wp.Settle()
	reg.Detach(wp, c)
	wp.Settle()
	wp.Settle()
	if ran != 0 {
		t.Errorf("a request's end ran the disconnect handler %d times", ran)
	}
}
