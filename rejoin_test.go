package jp_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/gorilla/websocket"
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/storage"
	"github.com/justgo/justgo/store"
)

// instances are two Apps of one app on one store, as two processes on one
// Redis: the same SECRET_KEY, each on its own server; with forward, each
// names itself with INSTANCE_URL.
type instances struct {
	srv  [2]*httptest.Server
	app  [2]*jp.App
	runs [2]*atomic.Int32 // how often each ran the page function
	gone atomic.Bool      // the page function redirects from now on
}

// counterApp is the session example on storage, plus a counter only the
// page holds (lost when the page is rebuilt elsewhere) and a file input.
func counterApp(cfg jp.Config, st store.Store, runs *atomic.Int32, gone *atomic.Bool) *jp.App {
	app := jp.NewApp(jp.WithConfig(cfg), jp.WithStore(st))
	visits := storage.Session[int](app.Storage(), "visits")
	clicks := storage.Session[int](app.Storage(), "clicks")
	jp.Route(app, "/", func(r *jp.Request) (*jp.WebPage, error) {
		runs.Add(1)
		v, err := visits.Update(r.SessionID, func(n int) int {
			if !r.Rejoin {
				n++
			}
			return n
		})
		if err != nil {
			return nil, err
		}
		if gone.Load() {
			wp := jp.NewWebPage()
			wp.Redirect = "/elsewhere"
			return wp, nil
		}
		wp := jp.NewWebPage()
		jp.Div(jp.Text(fmt.Sprintf("Number of visits: %d", v)), jp.In(wp))
		n, _ := clicks.Get(r.SessionID)
		local := 0
		jp.Button(jp.Text(fmt.Sprintf("Number of Click Events: %d", n)), jp.In(wp), jp.On("click", func(self *jp.Element, msg *jp.Msg) error {
			n, err := clicks.Update(msg.SessionID, func(n int) int { return n + 1 })
			if err != nil {
				return err
			}
			local++
			self.Text = fmt.Sprintf("Number of Click Events: %d", n)
			return nil
		}))
		jp.Button(jp.Text("Local"), jp.In(wp), jp.On("click", func(self *jp.Element, msg *jp.Msg) error {
			local++
			self.Text = fmt.Sprintf("Local %d", local)
			return nil
		}))
		jp.Input(jp.Type("file"), jp.Name("f"), jp.In(wp))
		return wp, nil
	})
	return app
}

func startInstances(t *testing.T, forward, websockets bool) *instances {
	t.Helper()
	st := &store.Memory{}
	in := &instances{}
	for i := range in.srv {
		in.srv[i] = httptest.NewUnstartedServer(nil)
		cfg := jp.DefaultConfig()
		cfg.SecretKey = "one key that every instance shares"
		cfg.Websockets = websockets
		if forward {
			cfg.InstanceURL = "http://" + in.srv[i].Listener.Addr().String()
		}
		in.runs[i] = &atomic.Int32{}
		in.app[i] = counterApp(cfg, st, in.runs[i], &in.gone)
		in.srv[i].Config.Handler = in.app[i]
		in.srv[i].Start()
		app, srv := in.app[i], in.srv[i]
		t.Cleanup(func() { app.Close(); srv.Close() })
	}
	return in
}

var rejoinRe = regexp.MustCompile(`data-jp-rejoin="([^"]+)"`)

// token is the rejoin token of a loaded page.
func (l *loaded) token() string {
	l.b.t.Helper()
	m := rejoinRe.FindStringSubmatch(l.body)
	if m == nil {
		l.b.t.Fatal("the page carries no rejoin token")
	}
	return m[1]
}

// dialAt opens the page's websocket on the server at base, with its token.
func (l *loaded) dialAt(base, token string) (*socket, error) {
	u, _ := url.Parse(l.b.base)
	q := url.Values{wire.QueryPage: {l.pageID}, wire.QueryVersion: {l.version}, wire.QueryRejoin: {token}}
	h := http.Header{"Origin": {base}}
	for _, c := range l.b.jar.Cookies(u) {
		h.Add("Cookie", c.Name+"="+c.Value)
	}
	conn, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(base, "http")+wire.PathWS+"?"+q.Encode(), h)
	if err != nil {
		return nil, err
	}
	l.b.t.Cleanup(func() { conn.Close() })
	return &socket{t: l.b.t, ws: conn}, nil
}

// refOf finds the ref of the node whose text starts with text in a patch.
func refOf(t *testing.T, msg, text string) string {
	t.Helper()
	m := regexp.MustCompile(`"id":"([^"]+)"[^{}]*"text":"` + regexp.QuoteMeta(text)).FindStringSubmatch(msg)
	if m == nil {
		t.Fatalf("no node with text %q in %s", text, msg)
	}
	return m[1]
}

// A websocket reaching an instance that does not hold its page: the page
// is rebuilt there from its URL and session, the browser is told its new
// id and gets the whole page, without counting a visit; what it sends
// before it follows is dropped; then it carries on.
func TestRejoinRebuildsOnAnotherInstance(t *testing.T) {
	in := startInstances(t, false, true)
	alice := newBrowser(t, in.srv[0])
	page := alice.load("/")
	oldBtn := page.id("Number of Click Events")
	s, err := page.dialAt(in.srv[1].URL, page.token())
	if err != nil {
		t.Fatal(err)
	}
	var moved wire.Moved
	if err := json.Unmarshal([]byte(s.recv()), &moved); err != nil || moved.Type != wire.TypeMoved || moved.Page == "" || moved.Page == page.pageID || moved.Rejoin == "" {
		t.Fatalf("first message: %+v %v", moved, err)
	}
	sync := s.recv()
	if !strings.Contains(sync, "Number of visits: 1") || in.runs[1].Load() != 1 {
		t.Fatalf("the rebuilt page counted a visit or did not run: %s (runs %d)", sync, in.runs[1].Load())
	}
	btn := refOf(t, sync, "Number of Click Events: 0")
	s.event(oldBtn, "click") // sent before the browser knew: dropped
	s.send(wire.ClientMsg{Type: wire.TypeMoved})
	s.event(btn, "click")
	if p := s.recv(); !strings.Contains(p, `"text":"Number of Click Events: 1"`) {
		t.Fatalf("after the move: %s", p)
	}
	// The new token opens the new page on the first instance in turn.
	page.pageID, page.version = moved.Page, "0"
	s2, err := page.dialAt(in.srv[0].URL, moved.Rejoin)
	if err != nil {
		t.Fatal(err)
	}
	if m := s2.recv(); !strings.Contains(m, `"t":"moved"`) {
		t.Fatalf("on the first instance again: %s", m)
	}
	if sync := s2.recv(); !strings.Contains(sync, "Number of Click Events: 1") || !strings.Contains(sync, "Number of visits: 1") {
		t.Fatalf("the second rebuild: %s", sync)
	}
}

// A token that does not verify, or is another session's, or a URL that no
// longer gives a page: the browser is told the page is unknown (it
// reloads), and nothing is built.
func TestRejoinRefused(t *testing.T) {
	in := startInstances(t, false, true)
	alice, mallory := newBrowser(t, in.srv[0]), newBrowser(t, in.srv[0])
	page := alice.load("/")
	theirs := mallory.load("/")
	for name, tok := range map[string]string{
		"tampered":        page.token()[:20] + "x" + page.token()[21:],
		"another session": theirs.token(),
		"none":            "",
	} {
		s, err := page.dialAt(in.srv[1].URL, tok)
		if err != nil {
			t.Fatal(err)
		}
		if code := s.closeCode(); code != wire.CloseUnknownPage {
			t.Errorf("%s: close code %d, want %d", name, code, wire.CloseUnknownPage)
		}
	}
	if n := in.runs[1].Load(); n != 0 {
		t.Errorf("the second instance ran the page function %d times", n)
	}
	in.gone.Store(true) // the URL redirects now: the browser reloads to follow it
	s, err := page.dialAt(in.srv[1].URL, page.token())
	if err != nil {
		t.Fatal(err)
	}
	if code := s.closeCode(); code != wire.CloseUnknownPage {
		t.Errorf("a URL that redirects: close code %d", code)
	}
}

// With INSTANCE_URL, a request reaching the wrong instance is forwarded to
// the one holding the page, which keeps what only it knows; once that one
// is gone, the page is rebuilt where the browser lands.
func TestRejoinForwardsToTheHolder(t *testing.T) {
	in := startInstances(t, true, true)
	alice := newBrowser(t, in.srv[0])
	page := alice.load("/")
	local := page.id("Local")
	s, err := page.dialAt(in.srv[1].URL, page.token())
	if err != nil {
		t.Fatal(err)
	}
	s.event(local, "click")
	s.event(local, "click")
	s.recv()
	if p := s.recv(); !strings.Contains(p, `"text":"Local 2"`) {
		t.Fatalf("forwarded: %s", p)
	}
	if in.runs[1].Load() != 0 {
		t.Error("the second instance rebuilt a page its holder serves")
	}
	// An upload reaching the other instance is forwarded too.
	if status := uploadAt(t, page, in.srv[1].URL); status != 200 {
		t.Errorf("forwarded upload: %d", status)
	}
	in.srv[0].CloseClientConnections()
	in.srv[0].Close()
	s2, err := page.dialAt(in.srv[1].URL, page.token())
	if err != nil {
		t.Fatal(err)
	}
	if m := s2.recv(); !strings.Contains(m, `"t":"moved"`) {
		t.Fatalf("with the holder gone: %s", m)
	}
	if sync := s2.recv(); !strings.Contains(sync, "Number of visits: 1") {
		t.Fatalf("rebuilt: %s", sync)
	}
}

// An upload reaching an instance that neither holds its page nor can
// forward it is refused with a clear error: a page rebuilt there would not
// be the one its submit reaches.
func TestRejoinUploadWithoutForwarding(t *testing.T) {
	in := startInstances(t, false, true)
	page := newBrowser(t, in.srv[0]).load("/")
	if status := uploadAt(t, page, in.srv[1].URL); status != http.StatusConflict {
		t.Errorf("upload on the other instance: %d, want 409", status)
	}
	if in.runs[1].Load() != 0 {
		t.Error("an upload rebuilt the page")
	}
}

func uploadAt(t *testing.T, l *loaded, base string) int {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, _ := mw.CreateFormFile(l.idByName("f"), "a.txt")
	fw.Write([]byte("hello"))
	mw.Close()
	q := url.Values{wire.QueryPage: {l.pageID}, wire.QueryRejoin: {l.token()}}
	req, _ := http.NewRequest("POST", base+wire.PathUpload+"?"+q.Encode(), &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	u, _ := url.Parse(l.b.base)
	for _, c := range l.b.jar.Cookies(u) {
		req.AddCookie(c)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// The HTTP fallback: a POST reaching another instance rebuilds the page
// there (the browser is told, sent the page and told that what it did was
// not applied); with INSTANCE_URL it is forwarded and handled.
func TestRejoinHTTPFallback(t *testing.T) {
	for _, forward := range []bool{false, true} {
		t.Run(fmt.Sprint("forward=", forward), func(t *testing.T) {
			in := startInstances(t, forward, false)
			page := newBrowser(t, in.srv[0]).load("/")
			btn := page.id("Number of Click Events")
			q := url.Values{wire.QueryPage: {page.pageID}, wire.QueryVersion: {page.version}, wire.QueryRejoin: {page.token()}}
			msgs := postAt(t, page, in.srv[1].URL+wire.PathEvent+"?"+q.Encode(), wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: btn, Event: "click"})
			all := strings.Join(msgs, "\n")
			if forward {
				if !strings.Contains(all, "Number of Click Events: 1") || strings.Contains(all, `"moved"`) {
					t.Fatalf("forwarded POST: %s", all)
				}
				// The holder gone, the POST (its body read once for the
				// attempt) rebuilds the page where it landed.
				in.srv[0].CloseClientConnections()
				in.srv[0].Close()
				msgs = postAt(t, page, in.srv[1].URL+wire.PathEvent+"?"+q.Encode(), wire.ClientMsg{N: 2, Type: wire.TypeEvent, ID: btn, Event: "click"})
				if all := strings.Join(msgs, "\n"); len(msgs) < 3 || !strings.Contains(msgs[0], `"t":"moved"`) || !strings.Contains(all, "Number of Click Events: 1") {
					t.Fatalf("POST after the holder went: %s", all)
				}
				return
			}
			if len(msgs) < 3 || !strings.Contains(msgs[0], `"t":"moved"`) || !strings.Contains(msgs[1], "not applied") || !strings.Contains(msgs[2], "Number of Click Events: 0") {
				t.Fatalf("rebuilt by POST: %s", all)
			}
			var moved wire.Moved
			json.Unmarshal([]byte(msgs[0]), &moved)
			newBtn := refOf(t, msgs[2], "Number of Click Events")
			q = url.Values{wire.QueryPage: {moved.Page}, wire.QueryVersion: {"0"}, wire.QueryRejoin: {moved.Rejoin}}
			msgs = postAt(t, page, in.srv[1].URL+wire.PathEvent+"?"+q.Encode(), wire.ClientMsg{N: 2, Type: wire.TypeMoved}, wire.ClientMsg{N: 3, Type: wire.TypeEvent, ID: newBtn, Event: "click"})
			if all := strings.Join(msgs, "\n"); !strings.Contains(all, "Number of Click Events: 1") {
				t.Fatalf("the next POST: %s", all)
			}
		})
	}
}

func postAt(t *testing.T, l *loaded, u string, msgs ...wire.ClientMsg) []string {
	t.Helper()
	body, _ := json.Marshal(msgs)
	req, _ := http.NewRequest("POST", u, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	base, _ := url.Parse(l.b.base)
	for _, c := range l.b.jar.Cookies(base) {
		req.AddCookie(c)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out []string
	for dec := json.NewDecoder(resp.Body); dec.More(); {
		var m json.RawMessage
		if dec.Decode(&m) != nil {
			break
		}
		out = append(out, string(m))
	}
	if resp.StatusCode != 200 {
		t.Fatalf("POST %s: %d", u, resp.StatusCode)
	}
	return out
}
