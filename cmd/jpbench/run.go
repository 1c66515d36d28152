package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

type options struct {
	URL         string
	Clients     int
	Duration    time.Duration
	Elements    int
	LoadClients int
	IdlePages   int
	Baseline    bool
	// For the click-to-screen floor: Chromium, and clicks on each page.
	Chromium     string
	ScreenClicks int
	// For -browsers: how many, and where to save the server's heap profiles.
	Browsers    int
	HeapProfile string
}

// clicks is what a run of clicking clients measured.
type clicks struct {
	Events       int     `json:"events"`
	EventsPerSec float64 `json:"events_per_second"`
	P50          float64 `json:"p50_ms"`
	P90          float64 `json:"p90_ms"`
	P99          float64 `json:"p99_ms"`
	Max          float64 `json:"max_ms"`
	BytesPerMsg  float64 `json:"bytes_per_update"`
	Verified     int     `json:"updates_verified"`
	Errors       int     `json:"errors"`
}

// report is everything jpbench measured.
type report struct {
	Options   options `json:"options"`
	Machine   string  `json:"machine"`
	Framework clicks  `json:"framework"`
	Echo      *clicks `json:"echo,omitempty"`
	// Ratios to the echo of the same run: events per second (higher is
	// better) and p99 latency (lower is better).
	EventsRatio float64 `json:"events_ratio,omitempty"`
	P99Ratio    float64 `json:"p99_ratio,omitempty"`

	PageLoadsPerSec float64 `json:"page_loads_per_second"`
	// The floors: page loads of a bare handler serving the same HTML with a
	// new signed session cookie, in turns with JustGo's (JustGo / bare,
	// higher is better); and the time from a click in Chromium to the new
	// count on the screen, on the session page and on a bare-websocket page
	// in turns (JustGo / bare of the means, lower is better).
	BarePageLoadsPerSec float64 `json:"bare_page_loads_per_second,omitempty"`
	PageLoadsRatio      float64 `json:"page_loads_ratio,omitempty"`
	// What a load cost the server process and the clients, JustGo's and
	// the bare handler's, where /proc says.
	PageLoadCost         *loadCost `json:"page_load_cost,omitempty"`
	BarePageLoadCost     *loadCost `json:"bare_page_load_cost,omitempty"`
	ClickToScreen        *screen   `json:"click_to_screen,omitempty"`
	BareClickToScreen    *screen   `json:"bare_click_to_screen,omitempty"`
	ClickToScreenRatio   float64   `json:"click_to_screen_ratio,omitempty"`
	ClickToScreenMissing string    `json:"click_to_screen_not_measured,omitempty"`
	// Server memory, when jpbench runs the server itself.
	HeapPerConnectedKB   float64         `json:"heap_per_connected_page_kb,omitempty"`
	StackPerConnectedKB  float64         `json:"stack_per_connected_page_kb,omitempty"`
	RSSPerConnectedKB    float64         `json:"rss_per_connected_page_kb,omitempty"`
	GoroutinesPerPage    float64         `json:"goroutines_per_connected_page,omitempty"`
	HeapPerUnconnectedKB float64         `json:"heap_per_never_connected_page_kb,omitempty"`
	Browsers             *browsersReport `json:"browsers,omitempty"`
	Errors               int             `json:"errors"`
}

func run(o options) (*report, error) {
	r := &report{Options: o, Machine: machine()}
	base := o.URL
	var srv *server
	if base == "" {
		var err error
		if srv, err = startServer(o.Elements); err != nil {
			return nil, err
		}
		defer srv.stop()
		base = srv.URL
	}
	r.Framework = clickRun(o, func() (*websocket.Conn, []byte, func([]byte) error, error) { return attach(base) })
	if o.Baseline && srv != nil {
		size := int(r.Framework.BytesPerMsg)
		e := clickRun(o, func() (*websocket.Conn, []byte, func([]byte) error, error) {
			return dialEcho(srv.URL+"/_bench/echo?size="+strconv.Itoa(size), base)
		})
		r.Echo = &e
		if e.EventsPerSec > 0 && e.P99 > 0 {
			r.EventsRatio = r.Framework.EventsPerSec / e.EventsPerSec
			r.P99Ratio = r.Framework.P99 / e.P99
		}
	}
	loads := min(o.Duration, 3*time.Second)
	if o.Baseline && srv != nil {
		r.PageLoadsPerSec, r.BarePageLoadsPerSec, r.PageLoadCost, r.BarePageLoadCost = pageLoadFloor(base, srv.URL+"/_bench/bare", o.LoadClients, loads, srv.cmd.Process.Pid)
		if r.BarePageLoadsPerSec > 0 {
			r.PageLoadsRatio = r.PageLoadsPerSec / r.BarePageLoadsPerSec
		}
		screenFloor(r, o, srv.URL, srv.cmd.Process.Pid)
	} else {
		r.PageLoadsPerSec = pageLoads(base, o.LoadClients, loads)
	}
	if srv != nil && o.IdlePages > 0 {
		if err := memory(r, srv, o.IdlePages); err != nil {
			return r, err
		}
	}
	if o.Browsers > 0 {
		b, err := browsersRun(o)
		if err != nil {
			return r, err
		}
		r.Browsers = b
	}
	r.Errors += r.Framework.Errors
	if r.Echo != nil {
		r.Errors += r.Echo.Errors
	}
	if r.Browsers != nil {
		r.Errors += r.Browsers.Errors
	}
	return r, nil
}

// screenFloor measures click to screen in Chromium, or says why not: no
// Chromium is a note (jpbench is a tool, and may run where there is none), a
// failure an error.
func screenFloor(r *report, o options, base string, pid int) {
	if r.ClickToScreenMissing = chromiumMissing(o.Chromium); r.ClickToScreenMissing != "" {
		return
	}
	justgo, bare, err := clickToScreen(o.Chromium, base, o.ScreenClicks, 5*time.Second, pid)
	if err != nil {
		fmt.Fprintln(os.Stderr, "jpbench: click to screen:", err)
		r.ClickToScreenMissing = "failed: " + err.Error()
		r.Errors++
		return
	}
	r.ClickToScreen, r.BareClickToScreen = &justgo, &bare
	if bare.Mean > 0 {
		r.ClickToScreenRatio = justgo.Mean / bare.Mean
	}
}

func machine() string {
	return fmt.Sprintf("%s/%s, %d CPUs, %s", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version())
}

var (
	pageIDRe  = regexp.MustCompile(`data-jp-page="([^"]+)"`)
	versionRe = regexp.MustCompile(`data-jp-v="([0-9]+)"`)
	buttonRe  = regexp.MustCompile(`data-jp="([^"]+)"[^>]*>Number of Click Events: ([0-9]+)`)
	rejoinRe  = regexp.MustCompile(`data-jp-rejoin="([^"]+)"`)
)

// attach loads the page in a new session and opens its websocket. It
// returns the first click and what answers an update: check it, then click
// again.
func attach(base string) (*websocket.Conn, []byte, func([]byte) error, error) {
	b, err := openBrowser(http.DefaultClient, websocket.DefaultDialer, base, "")
	if err != nil {
		return nil, nil, nil, err
	}
	return b.ws, b.click(), func(msg []byte) error {
		if err := b.check(msg); err != nil {
			return err
		}
		return b.ws.WriteMessage(websocket.TextMessage, b.click())
	}, nil
}

func dialEcho(url, origin string) (*websocket.Conn, []byte, func([]byte) error, error) {
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(url, "http"), http.Header{"Origin": {origin}})
	if err != nil {
		return nil, nil, nil, err
	}
	msg := []byte(`{"n":1,"t":"ev","id":"3","ev":"click"}`)
	return ws, msg, func([]byte) error { return ws.WriteMessage(websocket.TextMessage, msg) }, nil
}

// clickRun runs o.Clients clients for o.Duration: each sends its first
// message, then answers every message it receives (after checking it) with
// the next, in a closed loop.
func clickRun(o options, open func() (*websocket.Conn, []byte, func([]byte) error, error)) clicks {
	var (
		mu        sync.Mutex
		latencies []float64
		bytes     int64
		errs      atomic.Int32
		verified  atomic.Int32
		wg        sync.WaitGroup
		opened    sync.WaitGroup
	)
	ready := make(chan struct{})
	opened.Add(o.Clients)
	for range o.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ws, first, next, err := open()
			opened.Done()
			if err != nil {
				fmt.Fprintln(os.Stderr, "jpbench:", err)
				errs.Add(1)
				return
			}
			defer ws.Close()
			<-ready
			deadline := time.Now().Add(o.Duration)
			var mine []float64
			var myBytes int64
			sent := time.Now()
			if ws.WriteMessage(websocket.TextMessage, first) != nil {
				errs.Add(1)
				return
			}
			for time.Now().Before(deadline) {
				ws.SetReadDeadline(time.Now().Add(30 * time.Second))
				_, msg, err := ws.ReadMessage()
				if err != nil {
					fmt.Fprintln(os.Stderr, "jpbench:", err)
					errs.Add(1)
					break
				}
				mine = append(mine, float64(time.Since(sent).Microseconds())/1000)
				myBytes += int64(len(msg))
				sent = time.Now()
				if err := next(msg); err != nil {
					fmt.Fprintln(os.Stderr, "jpbench:", err)
					errs.Add(1)
					break
				}
				verified.Add(1)
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			bytes += myBytes
			mu.Unlock()
		}()
	}
	opened.Wait()
	start := time.Now()
	close(ready)
	wg.Wait()
	elapsed := time.Since(start)
	c := clicks{Events: len(latencies), Errors: int(errs.Load()), Verified: int(verified.Load())}
	if len(latencies) > 0 {
		slices.Sort(latencies)
		pct := func(p float64) float64 { return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))] }
		c.EventsPerSec = float64(len(latencies)) / elapsed.Seconds()
		c.P50, c.P90, c.P99, c.Max = pct(0.50), pct(0.90), pct(0.99), latencies[len(latencies)-1]
		c.BytesPerMsg = float64(bytes) / float64(len(latencies))
	}
	return c
}

// pageLoads counts full page loads (new sessions, no websocket) a second.
func pageLoads(base string, clients int, d time.Duration) float64 {
	tr := &http.Transport{MaxIdleConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	hc := &http.Client{Transport: tr}
	var n atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	stop := start.Add(d)
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(stop) {
				resp, err := hc.Get(base)
				if err != nil {
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					n.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	return float64(n.Load()) / time.Since(start).Seconds()
}

// memory measures, in the server process, what n idle connected pages and
// n pages that never connect cost.
func memory(r *report, srv *server, n int) error {
	time.Sleep(200 * time.Millisecond) // the click run's connections close
	before, err := srv.stats()
	if err != nil {
		return err
	}
	var conns []*websocket.Conn
	for range n {
		ws, _, _, err := attach(srv.URL)
		if err != nil {
			return err
		}
		conns = append(conns, ws)
	}
	time.Sleep(200 * time.Millisecond)
	with, err := srv.stats()
	if err != nil {
		return err
	}
	for _, c := range conns {
		c.Close()
	}
	pages := float64(with.Pages - before.Pages)
	if pages <= 0 {
		return fmt.Errorf("no page was added (%d before, %d after)", before.Pages, with.Pages)
	}
	r.HeapPerConnectedKB = (with.Heap - before.Heap) / pages / 1024
	r.StackPerConnectedKB = (with.Stack - before.Stack) / pages / 1024
	r.RSSPerConnectedKB = (with.RSS - before.RSS) / pages / 1024
	r.GoroutinesPerPage = float64(with.Goroutines-before.Goroutines) / pages

	time.Sleep(200 * time.Millisecond) // the idle connections close
	before, err = srv.stats()
	if err != nil {
		return err
	}
	for range n {
		resp, err := http.Get(srv.URL)
		if err != nil {
			return err
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	after, err := srv.stats()
	if err != nil {
		return err
	}
	r.HeapPerUnconnectedKB = (after.Heap - before.Heap) / float64(after.Pages-before.Pages) / 1024
	return nil
}

func (r *report) errors() int { return r.Errors }

// table prints the report for people.
func (r *report) table(w io.Writer) {
	fmt.Fprintf(w, "machine: %s\n", r.Machine)
	fmt.Fprintf(w, "%d clients for %v, %d extra elements\n\n", r.Options.Clients, r.Options.Duration, r.Options.Elements)
	row := func(name string, c clicks) {
		fmt.Fprintf(w, "%-10s %12.0f %9.2f %9.2f %9.2f %9.2f %12.0f %9d %7d\n", name, c.EventsPerSec, c.P50, c.P90, c.P99, c.Max, c.BytesPerMsg, c.Verified, c.Errors)
	}
	if r.Options.Clients > 0 {
		fmt.Fprintf(w, "%-10s %12s %9s %9s %9s %9s %12s %9s %7s\n", "", "events/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "bytes/update", "verified", "errors")
		row("justgo", r.Framework)
	}
	if r.Echo != nil {
		row("echo", *r.Echo)
		fmt.Fprintf(w, "\njustgo/echo: events/s %.2f, p99 %.2f\n", r.EventsRatio, r.P99Ratio)
	}
	if r.Options.LoadClients > 0 {
		fmt.Fprintf(w, "\npage loads/s (%d clients, new sessions): %.0f\n", r.Options.LoadClients, r.PageLoadsPerSec)
	}
	if r.BarePageLoadsPerSec > 0 {
		fmt.Fprintf(w, "bare handler (same HTML, signed cookie), in turns: %.0f; justgo/bare %.2f\n", r.BarePageLoadsPerSec, r.PageLoadsRatio)
	}
	if j, b := r.PageLoadCost, r.BarePageLoadCost; j != nil && b != nil {
		fmt.Fprintf(w, "CPU a load: server %.1f µs (bare %.1f), clients %.1f µs (bare %.1f)\n", j.ServerUS, b.ServerUS, j.ClientUS, b.ClientUS)
	}
	if r.HeapPerConnectedKB != 0 {
		fmt.Fprintf(w, "connected idle page: heap %.1f KB + goroutine stacks %.1f KB = %.1f KB (%.2f goroutines; RSS %.1f KB)\n",
			r.HeapPerConnectedKB, r.StackPerConnectedKB, r.HeapPerConnectedKB+r.StackPerConnectedKB, r.GoroutinesPerPage, r.RSSPerConnectedKB)
		fmt.Fprintf(w, "never-connected page: heap %.1f KB\n", r.HeapPerUnconnectedKB)
	}
	if j, b := r.ClickToScreen, r.BareClickToScreen; j != nil && b != nil {
		fmt.Fprintf(w, "\nclick to screen in Chromium, the two pages in turns:\n%-10s %9s %9s %9s %9s %15s\n", "", "mean ms", "p50 ms", "p99 ms", "verified", "server µs/click")
		for _, row := range []struct {
			name string
			s    *screen
		}{{"justgo", j}, {"bare page", b}} {
			fmt.Fprintf(w, "%-10s %9.2f %9.2f %9.2f %9d %15.1f\n", row.name, row.s.Mean, row.s.P50, row.s.P99, row.s.Verified, row.s.ServerUS)
		}
		fmt.Fprintf(w, "justgo/bare (means): %.2f\n", r.ClickToScreenRatio)
	} else if r.ClickToScreenMissing != "" {
		fmt.Fprintf(w, "\nclick to screen in Chromium: %s\n", r.ClickToScreenMissing)
	}
	if r.Browsers != nil {
		r.Browsers.table(w)
	}
}
