package jptest

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire"
	"golang.org/x/net/html"
)

// Timeout is how long an action waits for the server.
var Timeout = 10 * time.Second

// Server serves an app (a jp.App or any http.Handler that contains one) to
// test users, over a real loopback listener.
type Server struct {
	t   testing.TB
	srv *httptest.Server
	me  *User
}

// New serves h for the length of the test.
func New(t testing.TB, h http.Handler) *Server {
	t.Helper()
	if c, ok := h.(interface{ CheckTracking(func(error)) }); ok { // a change a tracked subtree hid fails the test
		var done atomic.Bool
		t.Cleanup(func() { done.Store(true) })
		c.CheckTracking(func(err error) {
			if !done.Load() {
				t.Errorf("jptest: %v", err)
			}
		})
	}
	s := &Server{t: t, srv: httptest.NewServer(h)}
	t.Cleanup(s.srv.Close)
	if c, ok := h.(interface{ Close() }); ok {
		t.Cleanup(c.Close)
	}
	return s
}

// Serve serves a page function at "/" for the length of the test: the
// short way to test one page, jptest.Serve(t, myPage).Open("/").
func Serve[F jp.PageFunc](t testing.TB, fn F) *Server {
	t.Helper()
	app := jp.NewApp()
	jp.Route(app, "/", fn)
	return New(t, app)
}

// URL is the server's address.
func (s *Server) URL() string { return s.srv.URL }

// NewUser returns another person: a browser with cookies of its own, so a
// session of its own.
func (s *Server) NewUser() *User {
	jar, _ := cookiejar.New(nil)
	return &User{s: s, jar: jar, hc: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}}
}

// Open opens path as the server's first user.
func (s *Server) Open(path string) *Page {
	s.t.Helper()
	if s.me == nil {
		s.me = s.NewUser()
	}
	return s.me.Open(path)
}

// User is one person with one browser profile.
type User struct {
	s   *Server
	jar *cookiejar.Jar
	hc  *http.Client
}

// Get fetches path with the user's cookies, as the browser fetches an
// image or a download, and returns the status and body.
func (u *User) Get(path string) (int, []byte) {
	u.s.t.Helper()
	resp, err := u.hc.Get(u.s.srv.URL + path)
	if err != nil {
		u.s.t.Fatalf("jptest: GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, body
}

// User is the person whose browser shows the page.
func (p *Page) User() *User { return p.u }

// Open loads path (following redirects) and connects to the page as the
// JavaScript client does. It returns once the page has the connection
// (a sync is answered), so that what another page changes next reaches
// this one as a change, as it would a browser that has loaded.
func (u *User) Open(path string) *Page {
	t := u.s.t
	t.Helper()
	for range 10 {
		resp, err := u.hc.Get(u.s.srv.URL + path)
		if err != nil {
			t.Fatalf("jptest: GET %s: %v", path, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if loc := resp.Header.Get("Location"); resp.StatusCode/100 == 3 && loc != "" {
			next, ok := u.redirectTarget(path, loc)
			if !ok {
				t.Fatalf("jptest: GET %s: redirected out of the app, to %s", path, loc)
			}
			path = next
			continue
		}
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("jptest: GET %s: %d %s", path, resp.StatusCode, body)
		}
		return u.load(path, body)
	}
	t.Fatalf("jptest: GET %s: too many redirects", path)
	return nil
}

func (u *User) load(path string, body []byte) *Page {
	t := u.s.t
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("jptest: %s: %v", path, err)
	}
	var root *html.Node
	var title string
	var dark bool
	var find func(*html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "title" && n.FirstChild != nil {
			title = n.FirstChild.Data
		}
		if n.Type == html.ElementNode && n.Data == "html" {
			dark = slices.Contains(strings.Fields(attr(n, "class")), wire.ClassDark)
		}
		if n.Type == html.ElementNode && attr(n, "id") == wire.ElementRoot {
			root = n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	if root == nil {
		t.Fatalf("jptest: %s is not a JustGo page", path)
	}
	p := &Page{u: u, path: path, tab: rand.Text(), pageID: attr(root, wire.AttrPage), version: attr(root, wire.AttrVersion),
		base: attr(root, wire.AttrBase), overHTTP: attr(root, wire.AttrHTTP) == wire.HTTPOn, title: title, dark: dark,
		edited: map[string]uint64{}, reported: map[string]string{}}
	p.root = fromHTML(root)
	p.reindex()
	p.root.walk(func(n *Node) {
		if n.Control != nil {
			p.reported[n.Ref] = state(n)
		}
	})
	p.url = p.resolve(attr(root, wire.AttrURL))
	if !p.overHTTP {
		p.connect()
	}
	return p
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// Page is a page as one user's browser shows it.
type Page struct {
	u        *User
	path     string
	pageID   string
	tab      string
	version  string
	base     string
	overHTTP bool
	ws       *websocket.Conn
	incoming chan []byte

	root     *Node
	nodes    map[string]*Node
	seq, ack uint64
	edited   map[string]uint64 // Ref → number of the last message carrying the user's value
	reported map[string]string // Ref → a declared control's state as the server last had it (state)
	title    string
	dark     bool
	calls    []wire.Call
	scripts  []wire.JS // the JavaScript the server asked to run, in order
	toasts   []string
	edits    []cellEdit // EditCell's, which the grid made in the browser
	url      string
	redirect string
	errors   []string
	chosen   map[string][]File // by file input Ref: the files chosen in it
}

func (p *Page) t() testing.TB { return p.u.s.t }

// endpoint is the URL of one of JustGo's paths (wire.PathWS...) with a
// query, under the page's base, as the client makes it.
func (p *Page) endpoint(path string, q url.Values) string {
	return p.u.s.srv.URL + p.base + strings.TrimPrefix(path, "/") + "?" + q.Encode()
}

// attachQuery names the page, the tab and the version it shows.
func (p *Page) attachQuery() url.Values {
	return url.Values{wire.QueryPage: {p.pageID}, wire.QueryTab: {p.tab}, wire.QueryVersion: {p.version}}
}

// Close closes the page's connection, as closing its browser tab does: the
// server keeps the page for PAGE_TIMEOUT, then drops it.
func (p *Page) Close() {
	if p.ws != nil {
		p.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseGoingAway, ""), time.Now().Add(time.Second))
		p.ws.Close()
	}
}

func (p *Page) connect() {
	t := p.t()
	t.Helper()
	ws := "ws" + strings.TrimPrefix(p.endpoint(wire.PathWS, p.attachQuery()), "http")
	h := http.Header{"Origin": {p.u.s.srv.URL}}
	conn, _, err := (&websocket.Dialer{Jar: p.u.jar}).Dial(ws, h)
	if err != nil {
		t.Fatalf("jptest: connecting: %v", err)
	}
	p.ws = conn
	p.incoming = make(chan []byte, 1024)
	t.Cleanup(func() { conn.Close() })
	go func() {
		defer close(p.incoming)
		for {
			_, data, err := conn.ReadMessage()
			if err != nil {
				return
			}
			p.incoming <- data
		}
	}()
	p.send() // the page has joined the connection once this is answered
}

// send delivers messages and waits until the server has handled them and
// sent what they changed.
func (p *Page) send(msgs ...wire.ClientMsg) {
	t := p.t()
	t.Helper()
	for i := range msgs {
		p.seq++
		msgs[i].N = p.seq
	}
	p.seq++
	msgs = append(msgs, wire.ClientMsg{N: p.seq, Type: wire.TypeSync})
	if p.overHTTP { // the answer ends once the sync is handled, what changed before it sent
		p.post(msgs)
		return
	}
	for _, m := range msgs {
		if err := p.ws.WriteJSON(asSent(m)); err != nil {
			t.Fatalf("jptest: sending: %v", err)
		}
	}
	p.await(p.seq)
}

// await applies what arrives until the server confirms message n.
func (p *Page) await(n uint64) {
	t := p.t()
	t.Helper()
	timeout := time.After(Timeout)
	for {
		select {
		case data, ok := <-p.incoming:
			if !ok {
				t.Fatalf("jptest: the server closed the connection")
			}
			if p.receive(data) >= n {
				return
			}
		case <-timeout:
			t.Fatalf("jptest: no answer from the server within %v", Timeout)
		}
	}
}

func (p *Page) post(msgs []wire.ClientMsg) {
	t := p.t()
	t.Helper()
	sent := make([]clientMsg, len(msgs))
	for i, m := range msgs {
		sent[i] = asSent(m)
	}
	body, _ := json.Marshal(sent)
	target := p.endpoint(wire.PathEvent, p.attachQuery())
	req, _ := http.NewRequest("POST", target, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.u.hc.Do(req)
	if err != nil {
		t.Fatalf("jptest: posting events: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("jptest: posting events: %s", resp.Status)
	}
	dec := json.NewDecoder(resp.Body)
	for dec.More() {
		var m json.RawMessage
		if err := dec.Decode(&m); err != nil {
			t.Fatalf("jptest: reading events' answer: %v", err)
		}
		p.receive(m)
	}
}

// clientMsg is a message as the client writes it: Values, when set, goes
// even empty (a declared control that takes several, with none chosen,
// says "values":[]), which ClientMsg's omitempty would leave out.
type clientMsg struct {
	wire.ClientMsg
	Values *[]string `json:"values,omitempty"`
}

func asSent(m wire.ClientMsg) clientMsg {
	c := clientMsg{ClientMsg: m}
	if m.Values != nil {
		c.Values = &m.Values
	}
	return c
}

// receive applies one server message; it returns the ack of a synced reply.
func (p *Page) receive(data []byte) uint64 {
	var m struct {
		wire.Patch
		T    string `json:"t"`
		Ack  uint64 `json:"ack"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		p.t().Fatalf("jptest: bad message %s: %v", data, err)
	}
	switch m.T {
	case wire.TypeSynced:
		return m.Ack
	case wire.TypeError:
		p.errors = append(p.errors, m.Text)
	case wire.TypePatch:
		p.ack = m.Ack
		p.version = fmt.Sprint(m.Version)
		for i := range m.Ops {
			p.apply(&m.Ops[i])
		}
		p.reindex()
		p.called(m.Calls)
		p.scripts = append(p.scripts, m.JS...)
		if m.Title != nil {
			p.title = *m.Title
		}
		if m.Body != nil && m.Body.Dark != nil {
			p.dark = *m.Body.Dark
		}
		if m.URL != "" {
			p.url = p.resolve(m.URL)
		}
		if m.Redirect != "" {
			p.redirect = p.resolve(m.Redirect)
		}
	}
	return 0
}

// resolve turns a display URL or redirect into a path, as the browser would.
func (p *Page) resolve(u string) string {
	if u == "" {
		return ""
	}
	if strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "//") {
		u = p.base + u[1:]
	}
	cur, _ := url.Parse(p.path)
	if p.url != "" {
		cur, _ = url.Parse(p.url)
	}
	ref, err := url.Parse(u)
	if err != nil {
		return u
	}
	return cur.ResolveReference(ref).String()
}
