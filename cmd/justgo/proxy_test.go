package main

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/justgo/justgo/internal/wire"
)

func serveProxy(t *testing.T) (*proxy, *httptest.Server) {
	t.Helper()
	p := newProxy()
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	return p, srv
}

// fetch makes a request in the background; the answer comes on the channel.
func fetch(t *testing.T, method, url string) <-chan *http.Response {
	t.Helper()
	c := make(chan *http.Response, 1)
	go func() {
		req, _ := http.NewRequest(method, url, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
			close(c)
			return
		}
		t.Cleanup(func() { resp.Body.Close() })
		c <- resp
	}()
	return c
}

func within(t *testing.T, c <-chan *http.Response, d time.Duration) *http.Response {
	t.Helper()
	select {
	case resp := <-c:
		if resp == nil {
			t.FailNow()
		}
		return resp
	case <-time.After(d):
		t.Fatalf("no answer within %s", d)
		return nil
	}
}

func pending(t *testing.T, c <-chan *http.Response) {
	t.Helper()
	select {
	case resp := <-c:
		t.Fatalf("answered %v while it should wait", resp.Status)
	case <-time.After(200 * time.Millisecond):
	}
}

func body(t *testing.T, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestProxyShowsTheBuildError(t *testing.T) {
	p, srv := serveProxy(t)
	p.set(status{build: 2, failure: "The build failed", output: "./main.go:3:1: syntax error: unexpected <script>alert(1)</script> & more"})

	resp := within(t, fetch(t, "GET", srv.URL+"/some/page?x=1"), time.Second)
	page := body(t, resp)
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("%s, %s", resp.Status, resp.Header.Get("Content-Type"))
	}
	const escaped = `<pre id="justgo-build-error">./main.go:3:1: syntax error: unexpected &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</pre>`
	if !strings.Contains(page, escaped) || strings.Contains(page, "<script>alert") {
		t.Errorf("the compiler output is not shown escaped:\n%s", page)
	}
	if !strings.Contains(page, `wait?build=2`) {
		t.Errorf("the page does not wait for a build after 2:\n%s", page)
	}

	// The HTTP fallback's client reloads on 404.
	if resp := within(t, fetch(t, "POST", srv.URL+"/_jp/event"), time.Second); resp.StatusCode != 404 {
		t.Errorf("POST: %s, want 404", resp.Status)
	}

	// An open tab's websocket is closed with the code that reloads the page.
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(srv.URL, "http")+"/_jp/ws?page=1", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	ws.SetReadDeadline(time.Now().Add(2 * time.Second))
	_, _, err = ws.ReadMessage()
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != wire.CloseUnknownPage {
		t.Errorf("websocket: %v, want close %d", err, wire.CloseUnknownPage)
	}
}

func TestProxyWaitAnswersWhenANewerBuildSucceeds(t *testing.T) {
	p, srv := serveProxy(t)
	p.set(status{build: 2, failure: "The build failed", output: "syntax error"})
	wait := fetch(t, "GET", srv.URL+waitPath+"?build=2")
	pending(t, wait)

	p.set(status{build: 3, failure: "The build failed", output: "still wrong"})
	pending(t, wait)

	p.set(status{build: 4}) // built; the program starts
	if resp := within(t, wait, time.Second); resp.StatusCode != 200 {
		t.Errorf("wait: %s, want 200", resp.Status)
	}
	if resp := within(t, fetch(t, "GET", srv.URL+waitPath+"?build=1"), time.Second); resp.StatusCode != 200 {
		t.Errorf("wait for a build older than the last: %s, want 200 at once", resp.Status)
	}
	if resp := within(t, fetch(t, "GET", srv.URL+waitPath+"?build=x"), time.Second); resp.StatusCode != 400 {
		t.Errorf("wait?build=x: %s, want 400", resp.Status)
	}
}

// While a program is built or started, requests wait for it; then they
// reach it with their own Host, which its websocket Origin check needs.
func TestProxyHoldsRequestsUntilTheProgramListens(t *testing.T) {
	p, srv := serveProxy(t)
	p.set(status{build: 1})
	page := fetch(t, "GET", srv.URL+"/hello")
	pending(t, page)

	app := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if websocket.IsWebSocketUpgrade(r) {
			var up websocket.Upgrader // checks that Origin is r.Host
			ws, err := up.Upgrade(w, r, nil)
			if err != nil {
				return
			}
			defer ws.Close()
			ws.WriteMessage(websocket.TextMessage, []byte("hello from the program"))
			return
		}
		io.WriteString(w, r.Host+" "+r.URL.Path)
	}))
	defer app.Close()
	p.set(status{build: 1, backend: newBackend(app.Listener.Addr().String())})

	resp := within(t, page, time.Second)
	if got, want := body(t, resp), strings.TrimPrefix(srv.URL, "http://")+" /hello"; got != want {
		t.Errorf("the program answered %q, want %q", got, want)
	}
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(srv.URL, "http")+"/_jp/ws",
		http.Header{"Origin": {srv.URL}})
	if err != nil {
		t.Fatalf("websocket through the proxy: %v", err)
	}
	defer ws.Close()
	if _, msg, err := ws.ReadMessage(); err != nil || string(msg) != "hello from the program" {
		t.Errorf("websocket: %q, %v", msg, err)
	}
}
