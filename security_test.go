package jp_test

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	jp "github.com/justgo/justgo"
	"golang.org/x/net/html"
)

var securityHeaders = map[string]string{
	"Content-Security-Policy": "frame-ancestors 'self'",
	"X-Frame-Options":         "SAMEORIGIN",
	"X-Content-Type-Options":  "nosniff",
	"Referrer-Policy":         "strict-origin-when-cross-origin",
}

// Every response carries the default headers: pages, JustGo's own files,
// static files, 404s and error pages.
func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "app.css"), []byte("p{}"), 0o644)
	cfg := jp.DefaultConfig()
	cfg.StaticDirectory = dir
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/page", func(*jp.Request) *jp.WebPage { return jp.NewWebPage() })
	jp.Route(app, "/broken", func(*jp.Request) (*jp.WebPage, error) { return nil, errors.New("broken") })
	b := newBrowser(t, serve(t, app))
	for path, status := range map[string]int{
		"/page": 200, "/_jp/client.js": 200, "/static/app.css": 200,
		"/missing": 404, "/_jp/missing": 404, "/static/missing.css": 404, "/favicon.ico": 404, "/broken": 500,
	} {
		resp, _ := b.get(path)
		if resp.StatusCode != status {
			t.Errorf("%s: %d, want %d", path, resp.StatusCode, status)
		}
		for k, v := range securityHeaders {
			if got := resp.Header.Values(k); len(got) != 1 || got[0] != v {
				t.Errorf("%s: %s is %q, want %q", path, k, got, v)
			}
		}
	}
}

// A handler the author mounts may replace the defaults, and a middleware
// around the App keeps its own.
func TestSecurityHeadersCanBeReplaced(t *testing.T) {
	app := jp.NewApp()
	app.Handle("/embed", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "frame-ancestors https://portal.example")
		w.Header().Del("X-Frame-Options")
	}))
	outer := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Referrer-Policy", "no-referrer")
		app.ServeHTTP(w, r)
	})
	srv := serveHandler(t, app, outer)
	resp, _ := newBrowser(t, srv).get("/embed")
	if got := resp.Header.Get("Content-Security-Policy"); got != "frame-ancestors https://portal.example" {
		t.Errorf("Content-Security-Policy %q", got)
	}
	if _, ok := resp.Header["X-Frame-Options"]; ok {
		t.Errorf("X-Frame-Options %q", resp.Header.Get("X-Frame-Options"))
	}
	if got := resp.Header.Get("Referrer-Policy"); got != "no-referrer" {
		t.Errorf("Referrer-Policy %q", got)
	}
}

func TestAllowedHosts(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.AllowedHosts = []string{"app.example", ".example.org"}
	ty, app := tallyApp(t, jp.WithConfig(cfg))
	srv := serve(t, app)
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(srv.URL, "http://"))
	for host, want := range map[string]int{
		"evil.example": 400, "evil.example:" + port: 400, "app.example.evil": 400,
		"app.example": 200, "APP.example:" + port: 200, "www.example.org": 200,
		"localhost:" + port: 200, "127.0.0.1:" + port: 200, "[::1]:" + port: 200,
	} {
		req, _ := http.NewRequest("GET", srv.URL+"/", nil)
		req.Host = host
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body := make([]byte, 100)
		n, _ := resp.Body.Read(body)
		resp.Body.Close()
		if resp.StatusCode != want || want == 400 && !strings.HasPrefix(string(body[:n]), "Invalid Host header") {
			t.Errorf("Host %s: %d %q, want %d", host, resp.StatusCode, body[:n], want)
		}
	}
	ty.mu.Lock()
	defer ty.mu.Unlock()
	if ty.visits[""] != 0 || len(ty.visits) != 6 {
		t.Errorf("page functions ran %d times, want 6 (one per allowed host)", len(ty.visits))
	}
	// Without ALLOWED_HOSTS any host is served, as before.
	_, open := tallyApp(t)
	req, _ := http.NewRequest("GET", serve(t, open).URL+"/", nil)
	req.Host = "evil.example"
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 200 {
		t.Errorf("no ALLOWED_HOSTS: %v %v", resp, err)
	}
}

// serveHandler serves h on an httptest server, closing app with it.
func serveHandler(t *testing.T, app *jp.App, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(func() { app.Close(); srv.Close() })
	return srv
}

// publicListener stands for a listener on an address other machines reach;
// it is never bound and accepts nothing.
type publicListener struct{ closed chan struct{} }

func (l *publicListener) Accept() (net.Conn, error) {
	<-l.closed
	return nil, net.ErrClosed
}
func (l *publicListener) Close() error { close(l.closed); return nil }
func (l *publicListener) Addr() net.Addr {
	return &net.TCPAddr{IP: net.ParseIP("192.0.2.1"), Port: 8000} // TEST-NET-1
}

func TestDefaultSecretKeyIsRefusedOffLoopback(t *testing.T) {
	ln := &publicListener{closed: make(chan struct{})}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second) // had it served
	defer cancel()
	err := jp.NewApp().Serve(ctx, ln)
	if err == nil || !strings.Contains(err.Error(), "SECRET_KEY") || !strings.Contains(err.Error(), "192.0.2.1:8000") {
		t.Fatalf("Serve: %v", err)
	}
	select {
	case <-ln.closed:
	default:
		t.Error("the listener was left open")
	}
	// With a key of one's own, or no sessions, the address is the app's business.
	for _, cfg := range []jp.Config{withKey("a1$B2c3xyz"), withSessions(false)} {
		ln := &publicListener{closed: make(chan struct{})}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- jp.NewApp(jp.WithConfig(cfg)).Serve(ctx, ln) }()
		time.Sleep(50 * time.Millisecond)
		cancel()
		if err := <-done; err != nil && strings.Contains(err.Error(), "SECRET_KEY") {
			t.Errorf("%+v: %v", cfg, err)
		}
	}
}

// ListenAndServe refuses before it listens: the port is taken on
// 127.0.0.1, so listening on 0.0.0.0 would fail with another error.
func TestDefaultSecretKeyIsRefusedBeforeListening(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	for _, host := range []string{"0.0.0.0", "::", ""} {
		cfg := jp.DefaultConfig()
		cfg.Host, cfg.Port = host, taken.Addr().(*net.TCPAddr).Port
		err := jp.NewApp(jp.WithConfig(cfg)).ListenAndServe(context.Background())
		if err == nil || !strings.Contains(err.Error(), "SECRET_KEY") || !strings.Contains(err.Error(), "justpy.env") {
			t.Errorf("HOST=%q: %v", host, err)
		}
	}
}

// jp.JustPy ends the process with the message and a non-zero status.
func TestJustPyExitsOnTheDefaultSecretKey(t *testing.T) {
	if os.Getenv("JUSTGO_TEST_JUSTPY") == "1" {
		jp.JustPy(func(*jp.Request) *jp.WebPage { return jp.NewWebPage() })
		return
	}
	taken, err := net.Listen("tcp", "127.0.0.1:0") // so that the child could not serve on it anyway
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second) // had it served
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestJustPyExitsOnTheDefaultSecretKey$")
	cmd.Dir = t.TempDir() // no justpy.env
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); k != "SECRET_KEY" && k != "SESSIONS" && k != "HOST" && k != "PORT" {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "JUSTGO_TEST_JUSTPY=1", "HOST=0.0.0.0", "PORT="+strconv.Itoa(taken.Addr().(*net.TCPAddr).Port))
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() == 0 {
		t.Fatalf("JustPy: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "justgo: SECRET_KEY") || !strings.Contains(string(out), "justpy.env") {
		t.Errorf("JustPy said: %s", out)
	}
}

func withKey(k string) jp.Config {
	c := jp.DefaultConfig()
	c.SecretKey = k
	return c
}

func withSessions(on bool) jp.Config {
	c := jp.DefaultConfig()
	c.Sessions = on
	return c
}

// wp.CSS cannot end the style element and add markup.
func TestPageCSSCannotCloseTheStyleElement(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		wp.CSS = `p::before { content: "</style><script>alert(1)</script>" }`
		wp.CSS += ` @media (width < 600px) { p { margin: 0 } }` // a lone "<" is CSS
		return wp
	})
	_, body := newBrowser(t, serve(t, app)).get("/")
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var styles []string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "script":
			if !strings.Contains(attrOf(n, "src"), "/_jp/client.js") {
				t.Errorf("a script element got in: %s", body)
			}
		case "style":
			if n.FirstChild != nil {
				styles = append(styles, n.FirstChild.Data)
			}
		}
	}
	if len(styles) != 2 || styles[1] != `p::before { content: "\3c /style><script>alert(1)\3c /script>" } @media (width < 600px) { p { margin: 0 } }` {
		t.Errorf("styles %q", styles)
	}
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// jp.Tag with a name that is not one is the page function's error, not
// markup of its own.
func TestInvalidTagNameIsAPageError(t *testing.T) {
	app := jp.NewApp(jp.WithLogger(slog.New(slog.DiscardHandler)))
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.Tag("img src=x onerror=alert(1)", jp.In(wp))
		return wp
	})
	resp, body := newBrowser(t, serve(t, app)).get("/")
	if resp.StatusCode != 500 || strings.Contains(body, "onerror") {
		t.Errorf("%d %s", resp.StatusCode, body)
	}
}
