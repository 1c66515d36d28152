package e2e

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/justgo/justgo/internal/redistest"
)

// A balancer is an ordinary load balancer without stickiness, in the
// test: every request and every websocket upgrade goes to the next
// instance in turn. With avoid set, a page's websocket never goes to the
// instance that served the page, the worst a balancer can do.
type balancer struct {
	URL     string
	proxies []*httputil.ReverseProxy
	next    atomic.Uint64
	avoid   bool

	mu       sync.Mutex
	servedBy map[string]int // page id → the instance that served it
	upgrades []int          // the instance each websocket went to
}

var pageAttr = regexp.MustCompile(`data-jp-page="([^"]+)"`)

func newBalancer(t *testing.T, avoid bool, backends ...*server) *balancer {
	t.Helper()
	b := &balancer{avoid: avoid, servedBy: map[string]int{}}
	for i, s := range backends {
		u, _ := url.Parse(s.URL)
		p := httputil.NewSingleHostReverseProxy(u)
		p.ModifyResponse = func(resp *http.Response) error {
			if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
				return nil
			}
			body, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			resp.Body = io.NopCloser(bytes.NewReader(body))
			if m := pageAttr.FindSubmatch(body); m != nil {
				b.mu.Lock()
				b.servedBy[string(m[1])] = i
				b.mu.Unlock()
			}
			return err
		}
		p.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
			http.Error(w, "instance unreachable: "+err.Error(), http.StatusBadGateway)
		}
		b.proxies = append(b.proxies, p)
	}
	srv := httptest.NewServer(b)
	t.Cleanup(srv.Close)
	b.URL = srv.URL
	return b
}

func (b *balancer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	i := int(b.next.Add(1) % uint64(len(b.proxies)))
	if r.Header.Get("Upgrade") != "" {
		b.mu.Lock()
		if served, ok := b.servedBy[r.URL.Query().Get("page")]; ok && b.avoid && served == i {
			i = (i + 1) % len(b.proxies)
		}
		b.upgrades = append(b.upgrades, i)
		b.mu.Unlock()
	}
	b.proxies[i].ServeHTTP(w, r)
}

// upgradedTo returns the instances the websockets went to, in order.
func (b *balancer) upgradedTo() []int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]int(nil), b.upgrades...)
}

// startInstances runs n instances of examples/name, each naming itself
// with INSTANCE_URL when forward is set, all sharing env (REDIS_URL,
// SECRET_KEY).
func startInstances(t *testing.T, name string, n int, forward bool, env ...string) []*server {
	t.Helper()
	var all []*server
	for range n {
		s := &server{bin: build(t, name), dir: t.TempDir(), port: freePort(t), t: t}
		s.URL = fmt.Sprintf("http://127.0.0.1:%d", s.port)
		s.env = append([]string{"SECRET_KEY=one key every instance of the test shares"}, env...)
		if forward {
			s.env = append(s.env, "INSTANCE_URL="+s.URL)
		}
		s.start()
		t.Cleanup(s.stop)
		all = append(all, s)
	}
	return all
}

// kill ends the instance at once, as SIGKILL does: no goodbye to its
// browsers.
func (s *server) kill() {
	s.cmd.Process.Kill()
	s.cmd.Wait()
	s.cmd = nil
}

// startRedis starts a redis-server of the test's own.
func startRedis(t *testing.T) *redistest.Server { return redistest.Start(t) }

// haproxy runs Debian's HAProxy in front of backends, round-robin, and
// returns its URL. Without haproxy the test skips, except in CI, where
// .ci/run installs it.
func haproxy(t *testing.T, backends ...*server) string {
	t.Helper()
	bin, err := exec.LookPath("haproxy")
	if err != nil {
		if _, serr := os.Stat("/usr/sbin/haproxy"); serr == nil {
			bin, err = "/usr/sbin/haproxy", nil
		}
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI needs haproxy: .ci/run installs it")
		}
		t.Skip("no haproxy")
	}
	port := freePort(t)
	var cfg strings.Builder
	fmt.Fprintf(&cfg, `global
  maxconn 512
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  timeout tunnel 1h
frontend web
  bind 127.0.0.1:%d
  default_backend app
backend app
  balance roundrobin
`, port)
	for i, s := range backends {
		fmt.Fprintf(&cfg, "  server i%d 127.0.0.1:%d\n", i, s.port)
	}
	file := filepath.Join(t.TempDir(), "haproxy.cfg")
	if err := os.WriteFile(file, []byte(cfg.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-db", "-f", file)
	var log strings.Builder
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	u := fmt.Sprintf("http://127.0.0.1:%d", port)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if resp, err := http.Get(u + "/favicon.ico"); err == nil {
			resp.Body.Close()
			return u
		}
	}
	t.Fatalf("haproxy did not start:\n%s", log.String())
	return ""
}
