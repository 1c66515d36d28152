package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// The scale-out figures: the session example on the App's storage
// (examples/session_store, built to bin) on one instance in memory, on one
// instance on Redis, and on two instances on Redis behind a balancer that
// alternates every request and upgrade; and what rebuilding a page on an
// instance that did not hold it costs.

// setup is one configuration's figures.
type setup struct {
	Name            string  `json:"name"`
	PageLoadsPerSec float64 `json:"page_loads_per_second"`
	Clicks          clicks  `json:"clicks"`
}

// scaleReport is what -scaleout measured.
type scaleReport struct {
	Machine   string  `json:"machine"`
	Setups    []setup `json:"setups"`
	RejoinP50 float64 `json:"rejoin_p50_ms"`
	RejoinP99 float64 `json:"rejoin_p99_ms"`
	Rejoins   int     `json:"rejoins"`
}

const scaleKey = "SECRET_KEY=the key of jpbench's instances, shared"

func scaleOut(o options, bin string) (*scaleReport, error) {
	r := &scaleReport{Machine: machine()}
	dir, err := os.MkdirTemp("", "jpbench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	redis, redisURL, err := startRedis(dir)
	if err != nil {
		return nil, err
	}
	defer stopProc(redis)
	measure := func(name, base string) {
		s := setup{Name: name, PageLoadsPerSec: pageLoads(base, o.LoadClients, min(o.Duration, 3*time.Second))}
		s.Clicks = clickRun(o, func() (*websocket.Conn, []byte, func([]byte) error, error) { return attach(base) })
		r.Setups = append(r.Setups, s)
	}

	one, err := startInstance(bin, dir)
	if err != nil {
		return nil, err
	}
	measure("1 instance, memory", one.url)
	stopProc(one.cmd)

	var two []*instance
	for range 2 {
		in, err := startInstance(bin, dir, "REDIS_URL="+redisURL, "INSTANCE_URL=self")
		if err != nil {
			return nil, err
		}
		defer stopProc(in.cmd)
		two = append(two, in)
	}
	measure("1 instance, Redis", two[0].url)
	lb, err := balance(two)
	if err != nil {
		return nil, err
	}
	defer lb.Close()
	measure("2 instances, Redis, balancer", "http://"+lb.Addr().String())

	// A rejoin: the page loaded from one instance, its websocket opened on
	// the other, which rebuilds it: from dialling to the whole page.
	var took []float64
	for range 200 {
		ms, err := rejoinOnce(two[0].url, two[1].url)
		if err != nil {
			return nil, err
		}
		took = append(took, ms)
	}
	slices.Sort(took)
	r.Rejoins, r.RejoinP50, r.RejoinP99 = len(took), took[len(took)/2], took[len(took)*99/100]
	return r, nil
}

// instance is one process of the app.
type instance struct {
	cmd *exec.Cmd
	url string
}

// startInstance runs bin on a free loopback port; "INSTANCE_URL=self"
// names the instance with its own URL.
func startInstance(bin, dir string, env ...string) (*instance, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	in := &instance{url: fmt.Sprintf("http://127.0.0.1:%d", port)}
	for i, e := range env {
		if e == "INSTANCE_URL=self" {
			env[i] = "INSTANCE_URL=" + in.url
		}
	}
	in.cmd = exec.Command(bin)
	in.cmd.Dir = dir
	in.cmd.Env = append(os.Environ(), append([]string{"HOST=127.0.0.1", fmt.Sprintf("PORT=%d", port), scaleKey,
		// as the in-process server: the clients click as fast as they can, the loads leave many pages
		"MAX_MESSAGES_PER_SECOND=0", "MAX_PAGES=0", "MAX_PAGES_PER_SESSION=0"}, env...)...)
	if err := in.cmd.Start(); err != nil {
		return nil, err
	}
	return in, waitListening(port)
}

// startRedis runs redis-server on a free loopback port, in memory.
func startRedis(dir string) (*exec.Cmd, string, error) {
	port, err := freePort()
	if err != nil {
		return nil, "", err
	}
	cmd := exec.Command("redis-server", "--port", fmt.Sprint(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir)
	if err := cmd.Start(); err != nil {
		return nil, "", fmt.Errorf("redis-server: %w", err)
	}
	return cmd, fmt.Sprintf("redis://127.0.0.1:%d/0", port), waitListening(port)
}

func stopProc(cmd *exec.Cmd) {
	cmd.Process.Signal(os.Interrupt)
	waitOrKill(cmd)
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

func waitListening(port int) error {
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port)); err == nil {
			c.Close()
			return nil
		}
	}
	return fmt.Errorf("nothing listens on port %d", port)
}

// balance serves a balancer without stickiness in front of the instances:
// each request and upgrade goes to the next in turn.
func balance(backends []*instance) (net.Listener, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	tr := &http.Transport{MaxIdleConnsPerHost: 256}
	var proxies []*httputil.ReverseProxy
	for _, b := range backends {
		u, _ := url.Parse(b.url)
		p := httputil.NewSingleHostReverseProxy(u)
		p.Transport = tr
		proxies = append(proxies, p)
	}
	var next atomic.Uint64
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		proxies[next.Add(1)%uint64(len(proxies))].ServeHTTP(w, r)
	}))
	return ln, nil
}

// rejoinOnce loads the page from one instance in a new session, opens its
// websocket on other and returns the milliseconds until the whole page
// arrived there.
func rejoinOnce(from, other string) (float64, error) {
	resp, err := http.Get(from)
	if err != nil {
		return 0, err
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	page, tok := pageIDRe.FindSubmatch(body), rejoinRe.FindSubmatch(body)
	if page == nil || tok == nil {
		return 0, fmt.Errorf("no page or rejoin token in %.200s", body)
	}
	h := http.Header{"Origin": {other}}
	for _, c := range resp.Cookies() {
		h.Add("Cookie", c.Name+"="+c.Value)
	}
	// The token names the first instance, which is alive: to measure a
	// rebuild, the request says it was forwarded already.
	h.Set("X-Justgo-Forwarded", "jpbench")
	start := time.Now()
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(other, "http")+"/_jp/ws?page="+string(page[1])+"&v=1&rejoin="+url.QueryEscape(string(tok[1])), h)
	if err != nil {
		return 0, err
	}
	defer ws.Close()
	for {
		ws.SetReadDeadline(time.Now().Add(10 * time.Second))
		_, msg, err := ws.ReadMessage()
		if err != nil {
			return 0, err
		}
		if strings.Contains(string(msg), `"t":"patch"`) {
			return float64(time.Since(start).Microseconds()) / 1000, nil
		}
	}
}

func (r *scaleReport) table(w io.Writer) {
	fmt.Fprintf(w, "machine: %s\n\n", r.Machine)
	fmt.Fprintf(w, "%-30s %12s %12s %9s %9s %9s %7s\n", "", "page loads/s", "clicks/s", "p50 ms", "p99 ms", "verified", "errors")
	for _, s := range r.Setups {
		fmt.Fprintf(w, "%-30s %12.0f %12.0f %9.2f %9.2f %9d %7d\n", s.Name, s.PageLoadsPerSec, s.Clicks.EventsPerSec, s.Clicks.P50, s.Clicks.P99, s.Clicks.Verified, s.Clicks.Errors)
	}
	fmt.Fprintf(w, "\nrejoin on another instance (websocket dialled to the whole page), %d times: p50 %.2f ms, p99 %.2f ms\n", r.Rejoins, r.RejoinP50, r.RejoinP99)
}

// scaleBinary builds examples/session_store into dir, from the JustGo
// module jpbench runs in.
func scaleBinary(dir string) (string, error) {
	mod, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "session_store")
	cmd := exec.Command("go", "build", "-o", bin, "./examples/session_store")
	cmd.Dir = filepath.Dir(strings.TrimSpace(string(mod)))
	cmd.Stderr = os.Stderr
	return bin, cmd.Run()
}

func (r *scaleReport) errors() int {
	n := 0
	for _, s := range r.Setups {
		n += s.Clicks.Errors
	}
	return n
}
