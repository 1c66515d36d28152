package jp_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire"
)

// serve starts app on an httptest server, closed with the test.
func serve(t *testing.T, app *jp.App) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(app)
	t.Cleanup(func() { app.Close(); srv.Close() })
	return srv
}

// browser is one person: a cookie jar that loads pages and opens websockets.
type browser struct {
	t    *testing.T
	base string
	jar  *cookiejar.Jar
	hc   *http.Client
}

func newBrowser(t *testing.T, srv *httptest.Server) *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{t: t, base: srv.URL, jar: jar, hc: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}}
}

func (b *browser) get(path string) (*http.Response, string) {
	b.t.Helper()
	resp, err := b.hc.Get(b.base + path)
	if err != nil {
		b.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body)
}

// loaded is a page as the browser received it.
type loaded struct {
	b       *browser
	body    string
	pageID  string
	version string
}

var (
	pageIDRe  = regexp.MustCompile(`data-jp-page="([^"]+)"`)
	versionRe = regexp.MustCompile(`data-jp-v="([0-9]+)"`)
)

func (b *browser) load(path string) *loaded {
	b.t.Helper()
	resp, body := b.get(path)
	if resp.StatusCode != 200 {
		b.t.Fatalf("GET %s: %d %s", path, resp.StatusCode, body)
	}
	m, v := pageIDRe.FindStringSubmatch(body), versionRe.FindStringSubmatch(body)
	if m == nil || v == nil {
		b.t.Fatalf("no page id in %s", body)
	}
	return &loaded{b: b, body: body, pageID: m[1], version: v[1]}
}

// id finds the data-jp id of the element whose text starts with text.
func (l *loaded) id(text string) string {
	l.b.t.Helper()
	re := regexp.MustCompile(`data-jp="([^"]+)"[^>]*>` + regexp.QuoteMeta(text))
	m := re.FindStringSubmatch(l.body)
	if m == nil {
		l.b.t.Fatalf("no element with text %q in %s", text, l.body)
	}
	return m[1]
}

// idByName finds the data-jp id of the element with a name attribute.
func (l *loaded) idByName(name string) string {
	l.b.t.Helper()
	re := regexp.MustCompile(`data-jp="([^"]+)"[^>]*name="` + regexp.QuoteMeta(name) + `"`)
	m := re.FindStringSubmatch(l.body)
	if m == nil {
		l.b.t.Fatalf("no element named %q", name)
	}
	return m[1]
}

func (l *loaded) sessionID() string {
	u, _ := url.Parse(l.b.base)
	for _, c := range l.b.jar.Cookies(u) {
		if c.Name == "jp_token" {
			return c.Value
		}
	}
	return ""
}

// socket is a websocket attached to a loaded page.
type socket struct {
	t  *testing.T
	ws *websocket.Conn
	n  uint64
}

func (l *loaded) connect() *socket {
	l.b.t.Helper()
	s, resp, err := l.dial(l.b.base)
	if err != nil {
		l.b.t.Fatalf("dial: %v (%v)", err, resp)
	}
	return s
}

func (l *loaded) dial(origin string) (*socket, *http.Response, error) {
	u, _ := url.Parse(l.b.base)
	ws := "ws" + strings.TrimPrefix(l.b.base, "http") + "/_jp/ws?page=" + url.QueryEscape(l.pageID) + "&v=" + l.version
	h := http.Header{"Origin": {origin}}
	for _, c := range l.b.jar.Cookies(u) {
		h.Add("Cookie", c.Name+"="+c.Value)
	}
	conn, resp, err := websocket.DefaultDialer.Dial(ws, h)
	if err != nil {
		return nil, resp, err
	}
	s := &socket{t: l.b.t, ws: conn}
	l.b.t.Cleanup(func() { conn.Close() })
	return s, resp, nil
}

func (s *socket) send(m wire.ClientMsg) {
	s.t.Helper()
	s.n++
	m.N = s.n
	if err := s.ws.WriteJSON(m); err != nil {
		s.t.Fatal(err)
	}
}

func (s *socket) event(id, event string) {
	s.send(wire.ClientMsg{Type: wire.TypeEvent, ID: id, Event: event})
}

func (s *socket) value(id, v string) { s.send(wire.ClientMsg{Type: wire.TypeValue, ID: id, Value: &v}) }

// recv returns the next message as text.
func (s *socket) recv() string {
	s.t.Helper()
	s.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, data, err := s.ws.ReadMessage()
	if err != nil {
		s.t.Fatalf("reading: %v", err)
	}
	return string(data)
}

type patch struct {
	T        string    `json:"t"`
	Ack      uint64    `json:"ack"`
	V        uint64    `json:"v"`
	Ops      []wire.Op `json:"ops"`
	URL      string    `json:"url"`
	Redirect string    `json:"redirect"`
}

func (s *socket) recvPatch() patch {
	s.t.Helper()
	var p patch
	if err := json.Unmarshal([]byte(s.recv()), &p); err != nil {
		s.t.Fatal(err)
	}
	return p
}

// closeCode reads until the server closes and returns its close code, or
// -1 when the connection ended without one.
func (s *socket) closeCode() int {
	s.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	for {
		_, _, err := s.ws.ReadMessage()
		var ce *websocket.CloseError
		if errors.As(err, &ce) {
			return ce.Code
		}
		if err != nil {
			s.t.Errorf("connection ended without a close code: %v", err)
			return -1
		}
	}
}

func newJar() (*cookiejar.Jar, error) { return cookiejar.New(nil) }

func regexpFind(s, re string) string {
	m := regexp.MustCompile(re).FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return m[1]
}

// serveUntil serves app with App.Serve on a loopback listener, as JustPy
// does, until the returned stop is called; stop returns Serve's error.
func serveUntil(t *testing.T, app *jp.App) (addr string, stop func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- app.Serve(ctx, ln) }()
	return ln.Addr().String(), func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(10 * time.Second):
			return errors.New("Serve did not return")
		}
	}
}
