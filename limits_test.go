package jp_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/gorilla/websocket"
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire"
)

// Each hostile act is refused as it should be, while a well-behaved
// person on the same server keeps clicking.
func TestHostileInput(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.MaxMessagesPerSecond = 50
	_, app := tallyApp(t, jp.WithConfig(cfg))
	srv := serve(t, app)
	alice, mallory := newBrowser(t, srv), newBrowser(t, srv)
	a := alice.load("/")
	good := a.connect()
	clicks := 0
	stillWorks := func(after string) {
		t.Helper()
		clicks++
		good.event(a.id("Number of Click Events"), "click")
		want := fmt.Sprintf("Number of Click Events: %d", clicks)
		if p := good.recvPatch(); len(p.Ops) != 1 || *p.Ops[0].Text != want {
			t.Fatalf("after %s the good client got %+v", after, p)
		}
	}
	m := mallory.load("/")
	cases := []struct {
		name string
		act  func() int // returns the close code seen, or 0
		want int
	}{
		{"another session's page", func() int {
			return (&loaded{b: mallory, pageID: a.pageID, version: a.version}).connect().closeCode()
		}, wire.CloseForbidden},
		{"a forged page id", func() int {
			return (&loaded{b: mallory, pageID: "AAAAAAAAAAAAAAAAAAAAAAAA", version: "1"}).connect().closeCode()
		}, wire.CloseUnknownPage},
		{"a cross-origin handshake", func() int {
			_, resp, err := m.dial("http://evil.example")
			if err == nil || resp == nil {
				return 0
			}
			return resp.StatusCode
		}, http.StatusForbidden},
		{"malformed JSON", func() int {
			ws := m.connect()
			ws.ws.WriteMessage(websocket.TextMessage, []byte(`{"n":1,"t":"ev","id":`))
			return ws.closeCode()
		}, wire.CloseBadMessage},
		{"a wrong type", func() int {
			ws := m.connect()
			ws.ws.WriteMessage(websocket.TextMessage, []byte(`{"n":"one","t":["ev"]}`))
			return ws.closeCode()
		}, wire.CloseBadMessage},
		{"an oversized frame", func() int {
			ws := m.connect()
			ws.ws.WriteMessage(websocket.TextMessage, []byte(`{"n":1,"t":"val","value":"`+strings.Repeat("x", 2<<20)+`"}`))
			return ws.closeCode()
		}, websocket.CloseMessageTooBig},
		{"a flood of events", func() int {
			ws := m.connect()
			code := make(chan int, 1)
			go func() { code <- ws.closeCode() }() // reading all along, as a browser does
			// Events that draw no answer, so that only the rate cap can stop them
			// (with answers, the slow-consumer guard may close first: 4408).
			for i := 0; i < 500; i++ {
				if ws.ws.WriteJSON(wire.ClientMsg{N: uint64(i + 1), Type: wire.TypeEvent, ID: m.id("Number of Click Events"), Event: "dblclick"}) != nil {
					break
				}
			}
			return <-code
		}, wire.CloseTooMany},
		{"unknown elements, wrong events and unknown fields", func() int {
			ws := m.connect()
			ws.event("zzz", "click")
			ws.event(m.id("Number of visits"), "click") // a div that does not listen
			ws.event(m.id("Number of Click Events"), "mouseover")
			ws.ws.WriteMessage(websocket.TextMessage, []byte(`{"n":4,"t":"warp","id":"x","extra":{"a":1}}`))
			ws.ws.WriteMessage(websocket.TextMessage, []byte(`{"n":5,"t":"sync","mystery":true}`))
			// The refusals sent nothing: after the resync (the flood moved the
			// page on) the first answer is the sync's.
			got := ws.recv()
			if strings.HasPrefix(got, `{"t":"patch","ack":0,`) {
				got = ws.recv()
			}
			if got != `{"t":"synced","ack":5}` {
				t.Errorf("after refusals: %s", got)
			}
			return 0
		}, 0},
	}
	for _, c := range cases {
		if got := c.act(); got != c.want {
			t.Errorf("%s: got %d, want %d", c.name, got, c.want)
		}
		stillWorks(c.name)
	}
}

func TestConnectionsPerSessionCap(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.MaxConnectionsPerSession = 2
	_, app := tallyApp(t, jp.WithConfig(cfg))
	srv := serve(t, app)
	b := newBrowser(t, srv)
	p1, p2, p3 := b.load("/"), b.load("/"), b.load("/")
	p1.connect()
	p2.connect()
	if code := p3.connect().closeCode(); code != wire.CloseTooMany {
		t.Errorf("third connection: %d", code)
	}
	other := newBrowser(t, srv).load("/") // another session is not affected
	ws := other.connect()
	ws.event(other.id("Number of Click Events"), "click")
	ws.recvPatch()
}

func TestPagesPerSessionCap(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.MaxPagesPerSession = 3
	_, app := tallyApp(t, jp.WithConfig(cfg))
	srv := serve(t, app)
	b := newBrowser(t, srv)
	first := b.load("/")
	ws := first.connect()
	for range 3 {
		b.load("/")
	}
	if app.Pages() != 3 {
		t.Errorf("%d live pages, want 3", app.Pages())
	}
	if code := ws.closeCode(); code != wire.CloseUnknownPage {
		t.Errorf("the oldest page's browser got %d; it should reload", code)
	}
	newBrowser(t, srv).load("/") // another session has room
	if app.Pages() != 4 {
		t.Errorf("%d live pages, want 4", app.Pages())
	}
}
