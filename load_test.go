package jp_test

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/justgo/justgo/internal/wire"
)

// 1,000 people, each with a session of their own, click as fast as the
// server answers for a bounded time: no error, every update right, and the
// server counted exactly the clicks that were made.
func TestThousandClients(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	const clients = 1000
	clickFor := 2 * time.Second
	ty, app := tallyApp(t)
	srv := serve(t, app)
	transport := &http.Transport{MaxIdleConnsPerHost: 64}
	dialer := &websocket.Dialer{HandshakeTimeout: 30 * time.Second}

	type result struct {
		session string
		clicks  int
		err     error
	}
	results := make(chan result, clients)
	var ready sync.WaitGroup
	ready.Add(clients)
	start := make(chan struct{})
	var connected atomic.Int32
	for range clients {
		go func() {
			r := result{}
			defer func() { results <- r }()
			ws, session, btn, err := openClient(srv.URL, transport, dialer)
			ready.Done()
			if err != nil {
				r.err = err
				return
			}
			defer ws.Close()
			connected.Add(1)
			r.session = session
			<-start
			deadline := time.Now().Add(clickFor)
			for n := uint64(1); time.Now().Before(deadline); n++ {
				if err := ws.WriteJSON(wire.ClientMsg{N: n, Type: wire.TypeEvent, ID: btn, Event: "click"}); err != nil {
					r.err = err
					return
				}
				ws.SetReadDeadline(time.Now().Add(30 * time.Second))
				var p struct {
					Ack uint64    `json:"ack"`
					Ops []wire.Op `json:"ops"`
				}
				if err := ws.ReadJSON(&p); err != nil {
					r.err = fmt.Errorf("after %d clicks: %w", r.clicks, err)
					return
				}
				want := fmt.Sprintf("Number of Click Events: %d", n)
				if p.Ack != n || len(p.Ops) != 1 || p.Ops[0].ID != btn || p.Ops[0].Text == nil || *p.Ops[0].Text != want {
					r.err = fmt.Errorf("click %d got %+v", n, p)
					return
				}
				r.clicks++
			}
		}()
	}
	ready.Wait()
	close(start)
	total, failed := 0, 0
	for range clients {
		r := <-results
		if r.err != nil {
			if failed++; failed <= 5 {
				t.Error(r.err)
			}
			continue
		}
		total += r.clicks
		ty.mu.Lock()
		counted := ty.clicks[r.session]
		ty.mu.Unlock()
		if counted != r.clicks {
			t.Errorf("session %s: made %d clicks, the server counted %d", r.session, r.clicks, counted)
		}
	}
	t.Logf("%d clients connected, %d failed, %d clicks in %v (%.0f a second)", connected.Load(), failed, total, clickFor, float64(total)/clickFor.Seconds())
	if failed > 0 || total < clients {
		t.Errorf("%d clients failed; %d clicks in all", failed, total)
	}
}

// openClient loads the page in a new session and attaches to it.
func openClient(base string, transport *http.Transport, dialer *websocket.Dialer) (*websocket.Conn, string, string, error) {
	resp, err := (&http.Client{Transport: transport}).Get(base)
	if err != nil {
		return nil, "", "", err
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	html := string(body)
	pageID, version := regexpFind(html, `data-jp-page="([^"]+)"`), regexpFind(html, `data-jp-v="([0-9]+)"`)
	session := regexpFind(html, `My session id: ([0-9a-f-]+)`)
	btn := regexpFind(html, `data-jp="([^"]+)"[^>]*>Number of Click Events`)
	cookies := resp.Cookies()
	if pageID == "" || btn == "" || len(cookies) != 1 {
		return nil, "", "", fmt.Errorf("bad page: %.200s", html)
	}
	h := http.Header{"Origin": {base}, "Cookie": {cookies[0].Name + "=" + cookies[0].Value}}
	ws, _, err := dialer.Dial("ws"+strings.TrimPrefix(base, "http")+"/_jp/ws?page="+pageID+"&v="+version, h)
	return ws, session, btn, err
}
