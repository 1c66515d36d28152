package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

const chromiumPath = "/usr/bin/chromium"

var (
	binDir   string
	buildMu  sync.Mutex
	builtBin = map[string]string{}
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "justgo-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// needBrowser skips without Chromium, except in CI where that is a failure.
func needBrowser(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI needs %s for browser tests: %v", chromiumPath, err)
		}
		t.Skipf("no %s: browser tests skipped", chromiumPath)
	}
}

// build compiles a program once per test run.
func build(t *testing.T, name string) string {
	t.Helper()
	buildMu.Lock()
	defer buildMu.Unlock()
	if bin, ok := builtBin[name]; ok {
		return bin
	}
	// examples/name of JustGo, or apps/name of this module: programs only
	// tests use.
	pkg, dir := "./examples/"+name, ".."
	if strings.HasPrefix(name, "apps/") {
		pkg, dir = "./"+name, "."
	}
	bin := filepath.Join(binDir, strings.ReplaceAll(name, "/", "_"))
	cmd := exec.Command("go", "build", "-race", "-o", bin, pkg)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building %s: %v\n%s", name, err, out)
	}
	builtBin[name] = bin
	return bin
}

// server is a running example.
type server struct {
	URL  string
	port int
	bin  string
	dir  string
	env  []string
	cmd  *exec.Cmd
	log  *strings.Builder
	t    *testing.T
}

// startExample runs examples/name on a free port, in an empty working
// directory, with extra environment settings.
func startExample(t *testing.T, name string, env ...string) *server {
	t.Helper()
	s := &server{bin: build(t, name), dir: t.TempDir(), env: env, port: freePort(t), t: t}
	s.URL = fmt.Sprintf("http://127.0.0.1:%d", s.port)
	s.start()
	t.Cleanup(s.stop)
	return s
}

func (s *server) start() {
	s.t.Helper()
	s.log = &strings.Builder{}
	s.cmd = exec.Command(s.bin)
	s.cmd.Dir = s.dir
	s.cmd.Env = append(os.Environ(), append([]string{"HOST=127.0.0.1", fmt.Sprintf("PORT=%d", s.port)}, s.env...)...)
	s.cmd.Stdout, s.cmd.Stderr = s.log, s.log
	if err := s.cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		conn, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", s.port), 200*time.Millisecond)
		if err == nil {
			conn.Close()
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("%s did not start listening:\n%s", s.bin, s.log)
}

// stop ends the server as Ctrl-C would and checks that it stopped cleanly
// and that the race detector saw nothing.
func (s *server) stop() {
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			s.t.Errorf("%s exited with %v:\n%s", s.bin, err, s.log)
		}
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-done
		s.t.Errorf("%s did not stop on SIGTERM within 10s", s.bin)
	}
	if strings.Contains(s.log.String(), "DATA RACE") {
		s.t.Errorf("race detected:\n%s", s.log)
	}
	s.cmd = nil
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// newBrowser starts a headless Chromium with a profile of its own (its own
// cookies: another person, as far as sessions go) and returns its first tab.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	return newBrowserFor(t, 90*time.Second)
}

// newBrowserFor is newBrowser for a test that needs the browser longer.
func newBrowserFor(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	needBrowser(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.WindowSize(1200, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	tctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() { cancelTimeout(); cancel(); cancelAlloc() })
	if err := chromedp.Do(tctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return tctx
}

// newTab opens another tab in the same browser (same cookies).
func newTab(t *testing.T, browser context.Context) (context.Context, context.CancelFunc) {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("new tab: %v", err)
	}
	return ctx, cancel
}

type action = chromedp.Action[chromedp.Void]

func run(t *testing.T, ctx context.Context, actions ...action) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// get runs one action that returns a value.
func get[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// click clicks the first element matching a CSS selector.
func click(sel string) action { return chromedp.Click(chromedp.CSS(sel)) }

// typeInto types text into the first element matching a CSS selector, key
// by key, as a person would.
func typeInto(sel, text string) action { return chromedp.SendKeys(chromedp.CSS(sel), text) }

// waitText waits until the first element matching sel has exactly text.
func waitText(sel, text string) action {
	return waitJS(fmt.Sprintf(`(() => { const e = document.querySelector(%q); return !!e && e.textContent.trim() === %q })()`, sel, text))
}

// waitBodyHas waits until the page's visible text contains text.
func waitBodyHas(text string) action {
	return waitJS(fmt.Sprintf(`document.body && document.body.innerText.includes(%q)`, text))
}

// waitConnected waits until the page's websocket is open, so that events
// are not merely queued.
func waitConnected() action {
	return waitJS(`document.getElementById("jp-root").getAttribute("data-jp-state") === "live"`)
}

// waitJS waits until expr is true in the tab. It asks from here, again and
// again, rather than polling inside the page: a page replaced by a
// navigation, or a tab in the background with its timers throttled, cannot
// stall it.
func waitJS(expr string) action { return waitAfterNavigation(expr) }

// textOf reads the trimmed text of the first element matching sel, asking
// again if a navigation replaced the page meanwhile.
func textOf(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	expr := fmt.Sprintf(`(() => { const e = document.querySelector(%q); return e ? e.textContent.trim() : null })()`, sel)
	deadline := time.Now().Add(15 * time.Second)
	for {
		s, err := chromedp.Run(ctx, chromedp.Evaluate[*string](expr))
		if err == nil && s != nil {
			return *s
		}
		if time.Now().After(deadline) {
			t.Fatalf("no text for %s: %v", sel, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func cookies(t *testing.T, ctx context.Context, url string) []*network.Cookie {
	t.Helper()
	res, err := chromedp.Call(ctx, network.GetCookies, network.GetCookiesParams{URLs: []string{url}})
	if err != nil {
		t.Fatal(err)
	}
	return res.Cookies
}

func httpGet(t *testing.T, url string) *http.Response {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// waitAfterNavigation is waitJS for a condition that a navigation makes
// true, or for a tab in the background: it asks from here, again and again,
// whichever page the tab shows.
func waitAfterNavigation(expr string) action {
	return func(ctx context.Context, target *chromedp.Target) (chromedp.Void, error) {
		deadline := time.Now().Add(15 * time.Second)
		for {
			ok, err := chromedp.Evaluate[bool](expr)(ctx, target)
			if err == nil && ok {
				return chromedp.Void{}, nil
			}
			if time.Now().After(deadline) {
				return chromedp.Void{}, fmt.Errorf("waited 15s for %s (last error: %v)", expr, err)
			}
			select {
			case <-ctx.Done():
				return chromedp.Void{}, ctx.Err()
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
}
