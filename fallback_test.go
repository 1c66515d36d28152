package jp_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire"
)

// post sends messages by the HTTP fallback and returns the status and the
// server's messages.
func (l *loaded) post(origin string, msgs ...wire.ClientMsg) (int, []json.RawMessage) {
	l.b.t.Helper()
	for i := range msgs {
		msgs[i].N = uint64(i + 1)
	}
	body, _ := json.Marshal(msgs)
	req, _ := http.NewRequest("POST", l.b.base+"/_jp/event?page="+l.pageID+"&v="+l.version, strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	if origin != "" {
		req.Header.Set("Origin", origin)
	}
	resp, err := l.b.hc.Do(req)
	if err != nil {
		l.b.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out []json.RawMessage
	for dec := json.NewDecoder(resp.Body); dec.More(); {
		var m json.RawMessage
		if dec.Decode(&m) != nil {
			break
		}
		out = append(out, m)
	}
	return resp.StatusCode, out
}

func TestHTTPFallback(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.Websockets = false
	_, app := tallyApp(t, jp.WithConfig(cfg))
	srv := serve(t, app)
	alice := newBrowser(t, srv)
	page := alice.load("/")
	if !strings.Contains(page.body, `data-jp-http="1"`) {
		t.Fatal("the page does not say to use HTTP")
	}
	btn := page.id("Number of Click Events")
	status, msgs := page.post(srv.URL, wire.ClientMsg{Type: wire.TypeEvent, ID: btn, Event: "click"},
		wire.ClientMsg{Type: wire.TypeEvent, ID: btn, Event: "click"})
	if status != 200 || len(msgs) != 2 || !strings.Contains(string(msgs[1]), `"ack":2,"v":3,"ops":[{"id":"`+btn+`","text":"Number of Click Events: 2"}]`) {
		t.Fatalf("%d %s", status, msgs)
	}

	// A POST from an older version of the page first brings it up to date.
	page.version = "1"
	_, msgs = page.post(srv.URL, wire.ClientMsg{Type: wire.TypeEvent, ID: btn, Event: "click"})
	if len(msgs) != 2 || !strings.Contains(string(msgs[0]), `"kids":[`) || !strings.Contains(string(msgs[1]), "Number of Click Events: 3") {
		t.Errorf("stale version: %s", msgs)
	}

	mallory := newBrowser(t, srv)
	mallory.load("/")
	stolen := &loaded{b: mallory, pageID: page.pageID, version: "3"}
	if status, _ := stolen.post(srv.URL, wire.ClientMsg{Type: wire.TypeEvent, ID: btn, Event: "click"}); status != 403 {
		t.Errorf("another session's page: %d", status)
	}
	gone := &loaded{b: alice, pageID: "nope", version: "1"}
	if status, _ := gone.post(srv.URL); status != 404 {
		t.Errorf("unknown page: %d", status)
	}
	if status, _ := page.post("http://evil.example", wire.ClientMsg{Type: wire.TypeEvent, ID: btn, Event: "click"}); status != 403 {
		t.Errorf("cross-origin: %d", status)
	}
	req, _ := http.NewRequest("POST", srv.URL+"/_jp/event?page="+page.pageID, strings.NewReader("{not json"))
	if resp, _ := alice.hc.Do(req); resp.StatusCode != 400 {
		t.Errorf("malformed: %d", resp.StatusCode)
	}
}

func failingApp(t *testing.T, debug bool) *jp.App {
	cfg := jp.DefaultConfig()
	cfg.Debug = debug
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.Button(jp.Text("fail"), jp.In(wp)).On("click", func(*jp.Element, *jp.Msg) error { return errors.New("disk full") })
		jp.Button(jp.Text("panic"), jp.In(wp)).On("click", func(*jp.Element, *jp.Msg) error { panic("boom") })
		return wp
	})
	return app
}

func TestHandlerErrorsReachTheBrowser(t *testing.T) {
	for _, debug := range []bool{true, false} {
		page := newBrowser(t, serve(t, failingApp(t, debug))).load("/")
		ws := page.connect()
		ws.event(page.id("fail"), "click")
		ws.event(page.id("panic"), "click")
		var failed, panicked wire.ErrorMsg
		json.Unmarshal([]byte(ws.recv()), &failed)
		json.Unmarshal([]byte(ws.recv()), &panicked)
		shown := fmt.Sprint(failed.Text, panicked.Text)
		if failed.Type != "error" || panicked.Type != "error" {
			t.Fatalf("debug=%v: %+v %+v", debug, failed, panicked)
		}
		if debug != (strings.Contains(shown, "disk full") && strings.Contains(shown, "boom") && strings.Contains(shown, "goroutine")) {
			t.Errorf("debug=%v shows %q", debug, shown)
		}
		if !debug && failed.Text != "Something went wrong. The error has been logged." {
			t.Errorf("plain message %q", failed.Text)
		}
	}
}

// TestHTTPFallbackRequestsAreNotDisconnects: without websockets each event
// is a request of its own, whose end is not the tab leaving; a websocket's
// close, even at once, is.
func TestHTTPFallbackRequestsAreNotDisconnects(t *testing.T) {
	for _, websockets := range []bool{false, true} {
		cfg := jp.DefaultConfig()
		cfg.Websockets = websockets
		var left atomic.Int32
		app := jp.NewApp(jp.WithConfig(cfg))
		jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
			wp := jp.NewWebPage()
			wp.On("disconnect", func(*jp.WebPage, *jp.Msg) { left.Add(1) })
			jp.Button(jp.Text("click me"), jp.In(wp))
			return wp
		})
		srv := serve(t, app)
		page := newBrowser(t, srv).load("/")
		if !websockets {
			btn := page.id("click me")
			for range 3 { // the third answered after the second's end was heard, if it were
				if status, _ := page.post(srv.URL, wire.ClientMsg{Type: wire.TypeEvent, ID: btn, Event: "click"}); status != 200 {
					t.Fatalf("POST: %d", status)
				}
			}
			if n := left.Load(); n != 0 {
				t.Errorf("three POSTs made %d disconnects", n)
			}
			continue
		}
		page.connect().ws.Close()
		for deadline := time.Now().Add(5 * time.Second); left.Load() == 0 && time.Now().Before(deadline); {
			time.Sleep(5 * time.Millisecond)
		}
		if n := left.Load(); n != 1 {
			t.Errorf("a websocket closed at once made %d disconnects", n)
		}
	}
}
