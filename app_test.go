package jp_test

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/gorilla/websocket"
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire"
)

// tally is the session example's page, with what its handler saw.
type tally struct {
	mu       sync.Mutex
	visits   map[string]int
	clicks   map[string]int
	seenSIDs []string
}

func newTally() *tally { return &tally{visits: map[string]int{}, clicks: map[string]int{}} }

func (ty *tally) page(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	ty.mu.Lock()
	defer ty.mu.Unlock()
	ty.visits[r.SessionID]++
	jp.Div(jp.Text("My session id: "+r.SessionID), jp.In(wp))
	visitsDiv := jp.Div(jp.Text(fmt.Sprintf("Number of visits: %d", ty.visits[r.SessionID])), jp.In(wp))
	b := jp.Button(jp.Text(fmt.Sprintf("Number of Click Events: %d", ty.clicks[r.SessionID])), jp.In(wp))
	b.On("click", func(self *jp.Element, msg *jp.Msg) error {
		ty.mu.Lock()
		defer ty.mu.Unlock()
		ty.seenSIDs = append(ty.seenSIDs, msg.SessionID)
		ty.clicks[msg.SessionID]++
		self.Text = fmt.Sprintf("Number of Click Events: %d", ty.clicks[msg.SessionID])
		visitsDiv.Text = fmt.Sprintf("Number of visits: %d", ty.visits[msg.SessionID])
		return nil
	})
	return wp
}

func tallyApp(t *testing.T, opts ...jp.AppOption) (*tally, *jp.App) {
	ty := newTally()
	app := jp.NewApp(opts...)
	jp.Route(app, "/", ty.page)
	return ty, app
}

func TestFirstPaintIsRenderedOnTheServer(t *testing.T) {
	_, app := tallyApp(t)
	srv := serve(t, app)
	resp, body := newBrowser(t, srv).get("/")
	if resp.StatusCode != 200 || !strings.Contains(body, ">Number of visits: 1</div>") ||
		!strings.Contains(body, `<script src="/_jp/client.js?v=`) || resp.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
}

func TestClickSendsExactlyTheChange(t *testing.T) {
	_, app := tallyApp(t)
	srv := serve(t, app)
	page := newBrowser(t, srv).load("/")
	ws := page.connect()
	btn, visits := page.id("Number of Click Events"), page.id("Number of visits")
	ws.event(btn, "click")
	got := ws.recv()
	want := `{"t":"patch","ack":1,"v":2,"ops":[{"id":"` + btn + `","text":"Number of Click Events: 1"}]}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	_ = visits // unchanged by the click: not in the message
	ws.event(btn, "click")
	if p := ws.recvPatch(); len(p.Ops) != 1 || *p.Ops[0].Text != "Number of Click Events: 2" || p.Ack != 2 {
		t.Errorf("second click: %+v", p)
	}
}

func TestSessionsDoNotSeeEachOther(t *testing.T) {
	ty, app := tallyApp(t)
	srv := serve(t, app)
	alice, bob := newBrowser(t, srv), newBrowser(t, srv)
	a := alice.load("/")
	aws := a.connect()
	for i := 0; i < 3; i++ {
		aws.event(a.id("Number of Click Events"), "click")
		aws.recv()
	}
	b := bob.load("/")
	if !strings.Contains(b.body, "Number of Click Events: 0") || !strings.Contains(b.body, "Number of visits: 1") {
		t.Fatalf("bob sees alice's counts: %s", b.body)
	}
	bws := b.connect()
	bws.event(b.id("Number of Click Events"), "click")
	if p := bws.recvPatch(); *p.Ops[0].Text != "Number of Click Events: 1" {
		t.Errorf("bob's click: %s", *p.Ops[0].Text)
	}
	a2 := alice.load("/")
	if !strings.Contains(a2.body, "Number of Click Events: 3") || !strings.Contains(a2.body, "Number of visits: 2") {
		t.Errorf("alice's second visit: %s", a2.body)
	}
	// msg.SessionID is the id from each one's cookie, as the page showed it.
	ty.mu.Lock()
	defer ty.mu.Unlock()
	aliceID := strings.TrimPrefix(regexpFind(a.body, `My session id: ([0-9a-f-]+)`), "")
	bobID := regexpFind(b.body, `My session id: ([0-9a-f-]+)`)
	want := []string{aliceID, aliceID, aliceID, bobID}
	if fmt.Sprint(ty.seenSIDs) != fmt.Sprint(want) || aliceID == bobID {
		t.Errorf("handlers saw %v, want %v", ty.seenSIDs, want)
	}
}

// Nothing a browser sends can change msg.SessionID: it comes from the
// cookie verified at the handshake.
func TestSessionIDCannotBeForgedInAMessage(t *testing.T) {
	ty, app := tallyApp(t)
	srv := serve(t, app)
	page := newBrowser(t, srv).load("/")
	ws := page.connect()
	forged := fmt.Sprintf(`{"n":1,"t":"ev","id":%q,"ev":"click","session_id":"victim","SessionID":"victim"}`, page.id("Number of Click Events"))
	ws.ws.WriteMessage(websocket.TextMessage, []byte(forged))
	ws.recv()
	ty.mu.Lock()
	defer ty.mu.Unlock()
	if len(ty.seenSIDs) != 1 || ty.seenSIDs[0] == "victim" || ty.seenSIDs[0] != regexpFind(page.body, `My session id: ([0-9a-f-]+)`) {
		t.Errorf("handler saw %v", ty.seenSIDs)
	}
}

func TestTamperedCookieGetsBadCookie(t *testing.T) {
	ty, app := tallyApp(t)
	srv := serve(t, app)
	page := newBrowser(t, srv).load("/")
	for _, path := range []string{"/", "/anything", "/_jp/ws?page=" + page.pageID} {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		req.AddCookie(&http.Cookie{Name: "jp_token", Value: page.sessionID() + "x"})
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body := make([]byte, 100)
		n, _ := resp.Body.Read(body)
		resp.Body.Close()
		if resp.StatusCode != 400 || string(body[:n]) != "Bad Cookie" {
			t.Errorf("%s: %d %q", path, resp.StatusCode, body[:n])
		}
	}
	ty.mu.Lock()
	defer ty.mu.Unlock()
	if len(ty.visits) != 1 {
		t.Errorf("a page function ran for a bad cookie: %v", ty.visits)
	}
}

func TestPanickingHandlerKeepsThePageWorking(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		n := 0
		b := jp.Button(jp.Text("0"), jp.In(wp))
		b.On("click", func(self *jp.Element, msg *jp.Msg) error {
			n++
			self.Text = fmt.Sprint(n)
			if n == 1 {
				panic("first click breaks")
			}
			return nil
		})
		return wp
	})
	srv := serve(t, app)
	page := newBrowser(t, srv).load("/")
	ws := page.connect()
	btn := page.id("0")
	ws.event(btn, "click")
	ws.event(btn, "click")
	if p := ws.recvPatch(); *p.Ops[0].Text != "1" {
		t.Errorf("first: %+v", p)
	}
	if m := ws.recv(); !strings.HasPrefix(m, `{"t":"error"`) {
		t.Errorf("the browser was not told of the panic: %s", m)
	}
	if p := ws.recvPatch(); len(p.Ops) != 1 || *p.Ops[0].Text != "2" {
		t.Errorf("second: %+v", p)
	}
}

func TestRouting(t *testing.T) {
	calls := map[string]int{}
	var mu sync.Mutex
	fn := func(name string) func(*jp.Request) *jp.WebPage {
		return func(r *jp.Request) *jp.WebPage {
			mu.Lock()
			calls[name+" "+r.URL.Path]++
			mu.Unlock()
			wp := jp.NewWebPage()
			jp.P(jp.Text(name+" "+r.URL.Query().Get("q")+r.PathValue("id")), jp.In(wp))
			return wp
		}
	}
	app := jp.NewApp()
	jp.Route(app, "/login", fn("login"))
	jp.Route(app, "GET /item/{id}", fn("item"))
	jp.Route(app, "/", fn("default"))
	jp.Route(app, "/fails", func(*jp.Request) (*jp.WebPage, error) { return nil, errors.New("no database") })
	jp.Route(app, "/panics", func(*jp.Request) *jp.WebPage { panic("oops") })
	srv := serve(t, app)
	b := newBrowser(t, srv)
	for path, want := range map[string]string{
		"/": "default ", "/login_test": "default ", "/deep/path?q=1": "default 1", "/login": "login ", "/item/42": "item 42",
	} {
		resp, body := b.get(path)
		if resp.StatusCode != 200 || !strings.Contains(body, ">"+want+"</p>") {
			t.Errorf("%s: %d, want %q in %s", path, resp.StatusCode, want, body)
		}
	}
	for _, path := range []string{"/_jp/", "/_jp/other", "/favicon.ico"} {
		if resp, _ := b.get(path); resp.StatusCode != 404 {
			t.Errorf("%s: %d", path, resp.StatusCode)
		}
	}
	for _, path := range []string{"/fails", "/panics"} {
		resp, body := b.get(path)
		if resp.StatusCode != 500 || strings.Contains(body, "no database") || strings.Contains(body, "oops") {
			t.Errorf("%s: %d %s (details belong in the log unless DEBUG)", path, resp.StatusCode, body)
		}
	}
	if resp, _ := b.get("/"); resp.StatusCode != 200 {
		t.Error("the server stopped serving after a failing page")
	}
	mu.Lock()
	defer mu.Unlock()
	for k := range calls {
		if strings.Contains(k, "_jp") || strings.Contains(k, "favicon") {
			t.Errorf("a page function saw %s", k)
		}
	}
}

func TestDebugShowsTheError(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.Debug = true
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(*jp.Request) (*jp.WebPage, error) { return nil, errors.New("no database") })
	_, body := newBrowser(t, serve(t, app)).get("/")
	if !strings.Contains(body, "no database") {
		t.Errorf("DEBUG page: %s", body)
	}
}

func TestSessionsOff(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.Sessions = false
	ty, app := tallyApp(t, jp.WithConfig(cfg))
	srv := serve(t, app)
	b := newBrowser(t, srv)
	resp, _ := b.get("/")
	if len(resp.Cookies()) != 0 {
		t.Errorf("cookies with sessions off: %v", resp.Cookies())
	}
	page := b.load("/")
	ws := page.connect()
	ws.event(page.id("Number of Click Events"), "click")
	ws.recv()
	ty.mu.Lock()
	defer ty.mu.Unlock()
	if ty.seenSIDs[0] != "" || ty.visits[""] != 2 {
		t.Errorf("session ids %v visits %v", ty.seenSIDs, ty.visits)
	}
}

func TestGracefulShutdown(t *testing.T) {
	_, app := tallyApp(t)
	addr, stop := serveUntil(t, app)
	b := &browser{t: t, base: "http://" + addr}
	b.jar, _ = newJar()
	b.hc = &http.Client{Jar: b.jar}
	page := b.load("/")
	ws := page.connect()
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	if code := ws.closeCode(); code != wire.CloseShutdown {
		t.Errorf("close code %d", code)
	}
	if err := <-stopped; err != nil {
		t.Errorf("Serve: %v", err)
	}
}
