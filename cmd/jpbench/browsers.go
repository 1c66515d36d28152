package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// The browsers figures (-browsers N): N browsers, each with its own session
// and websocket, connect to the session example's page and stay; the server
// process's memory per page is measured while they are idle; then each
// clicks once a second, the clicks spread evenly over the second, and every
// update is checked. Then N more browsers open /_bench/shared, the same
// page with one Shared element, and the element changes once: each browser
// timestamps the patch that carries the new text.

// browsersReport is what the browsers measured.
type browsersReport struct {
	Browsers       int     `json:"browsers"`
	ConnectSeconds float64 `json:"connect_seconds"` // for all of them, 64 at a time
	// Server memory per connected idle page, when jpbench runs the server.
	HeapPerPageKB     float64 `json:"heap_per_page_kb,omitempty"`
	StackPerPageKB    float64 `json:"stack_per_page_kb,omitempty"`
	RSSPerPageKB      float64 `json:"rss_per_page_kb,omitempty"`
	GoroutinesPerPage float64 `json:"goroutines_per_page,omitempty"`
	// Each browser clicking once a second for -duration: latency from a
	// click sent to its update. A browser waits for the update before its
	// next click; LateP99Ms is how late the clicks went out (jpbench's own
	// scheduling, or an update that took longer than the second).
	Clicks    clicks  `json:"clicks"`
	LateP99Ms float64 `json:"clicks_late_p99_ms"`
	// What the server allocated per click, and the collections it ran
	// meanwhile, when jpbench runs it.
	AllocatedPerClick float64 `json:"server_bytes_allocated_per_click,omitempty"`
	GCsDuringClicks   int     `json:"server_gcs_during_clicks,omitempty"`
	// The same pages idle again after the clicks, once what lingers after
	// a burst of messages has ended: what a page that was used keeps.
	HeapAfterClicksKB     float64 `json:"heap_per_page_after_clicks_kb,omitempty"`
	StackAfterClicksKB    float64 `json:"stack_per_page_after_clicks_kb,omitempty"`
	GoroutinesAfterClicks float64 `json:"goroutines_per_page_after_clicks,omitempty"`
	// The Shared element changing once: from the request for the change to
	// the last browser (and half of them) receiving it.
	SharedLastMs   float64 `json:"shared_last_ms"`
	SharedP50Ms    float64 `json:"shared_p50_ms"`
	SharedReceived int     `json:"shared_received"`
	Errors         int     `json:"errors"`
}

// Each browser's buffers are small, as the server's should be: the
// messages are a click and its patch, and larger ones are read in pieces.
var browserDialer = &websocket.Dialer{ReadBufferSize: 1024, WriteBufferSize: 512, HandshakeTimeout: 30 * time.Second}

// dialsAtOnce bounds the browsers connecting at the same time.
const dialsAtOnce = 64

// browsersRun measures o.Browsers browsers against a server process of its
// own (so that pages left by the figures before, expiring meanwhile, do not
// move its heap), or against o.URL.
func browsersRun(o options) (*browsersReport, error) {
	if err := raiseFileLimit(o.Browsers + 256); err != nil {
		return nil, err
	}
	// This process stands for many machines: its own collections, which
	// would stall every browser at once, are made rare (the server's are
	// left alone).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	r := &browsersReport{Browsers: o.Browsers}
	base := o.URL
	var srv *server
	if base == "" {
		var env []string
		if o.HeapProfile != "" {
			env = append(env, memProfileEnv+"=4096") // enough samples for pages of a few KB
		}
		var err error
		if srv, err = startServer(o.Elements, env...); err != nil {
			return nil, err
		}
		defer srv.stop()
		base = srv.URL
	}
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: dialsAtOnce}}
	defer hc.CloseIdleConnections()
	fails := &failures{}

	var before, with stats
	if srv != nil {
		var err error
		if before, err = srv.stats(); err != nil {
			return nil, err
		}
	}
	start := time.Now()
	bs := connect(hc, base, "", o.Browsers, fails)
	r.ConnectSeconds = time.Since(start).Seconds()
	if srv != nil {
		hc.CloseIdleConnections()          // their server goroutines are not the pages'
		time.Sleep(500 * time.Millisecond) // and they end, as do the pages' once the browsers joined
		var err error
		if with, err = srv.stats(); err != nil {
			return nil, err
		}
		if pages := float64(with.Pages - before.Pages); pages > 0 {
			r.HeapPerPageKB = (with.Heap - before.Heap) / pages / 1024
			r.StackPerPageKB = (with.Stack - before.Stack) / pages / 1024
			r.RSSPerPageKB = (with.RSS - before.RSS) / pages / 1024
			r.GoroutinesPerPage = float64(with.Goroutines-before.Goroutines) / pages
		}
		if o.HeapProfile != "" {
			if err := srv.heapProfile(o.HeapProfile + ".idle"); err != nil {
				return nil, err
			}
		}
	}
	r.Clicks, r.LateP99Ms = clickEverySecond(bs, o.Duration, fails)
	if srv != nil {
		time.Sleep(2 * time.Second) // a page's goroutine and a connection's writer linger a second after their last work
		after, err := srv.stats()
		if err != nil {
			return nil, err
		}
		if pages := float64(after.Pages - before.Pages); pages > 0 {
			r.HeapAfterClicksKB = (after.Heap - before.Heap) / pages / 1024
			r.StackAfterClicksKB = (after.Stack - before.Stack) / pages / 1024
			r.GoroutinesAfterClicks = float64(after.Goroutines-before.Goroutines) / pages
		}
		if r.Clicks.Events > 0 {
			r.AllocatedPerClick = (after.Allocated - with.Allocated) / float64(r.Clicks.Events)
			r.GCsDuringClicks = int(after.GCs-with.GCs) - 3 // less the stats call's own
		}
		if o.HeapProfile != "" {
			if err := srv.heapProfile(o.HeapProfile + ".after-clicks"); err != nil {
				return nil, err
			}
		}
	}
	for _, b := range bs {
		b.ws.Close()
	}

	bs = connect(hc, base, "/_bench/shared", o.Browsers, fails)
	text := fmt.Sprintf("changed at %d", time.Now().UnixNano())
	got := awaitShared(hc, base, bs, text, fails)
	for _, b := range bs {
		b.ws.Close()
	}
	r.SharedReceived = len(got)
	if len(got) > 0 {
		slices.Sort(got)
		r.SharedP50Ms, r.SharedLastMs = got[len(got)/2], got[len(got)-1]
	}
	r.Errors = fails.count()
	return r, nil
}

// failures counts what went wrong and prints the first few.
type failures struct{ n atomic.Int32 }

func (f *failures) add(err error) {
	if f.n.Add(1) <= 10 {
		fmt.Fprintln(os.Stderr, "jpbench:", err)
	}
}

func (f *failures) count() int { return int(f.n.Load()) }

// connect opens n browsers on base+path, dialsAtOnce at a time; those that
// failed are counted and left out.
func connect(hc *http.Client, base, path string, n int, fails *failures) []*browser {
	var (
		mu   sync.Mutex
		bs   []*browser
		wg   sync.WaitGroup
		gate = make(chan struct{}, dialsAtOnce)
	)
	for range n {
		gate <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-gate }()
			b, err := openBrowser(hc, browserDialer, base, path)
			if err != nil {
				fails.add(err)
				return
			}
			mu.Lock()
			bs = append(bs, b)
			mu.Unlock()
		}()
	}
	wg.Wait()
	return bs
}

// clickEverySecond has every browser click once a second for d, browser i
// at i/len(bs) of each second, and checks each update.
func clickEverySecond(bs []*browser, d time.Duration, fails *failures) (c clicks, lateP99 float64) {
	var (
		mu        sync.Mutex
		latencies []float64
		lateness  []float64
		received  int64
		verified  atomic.Int32
		wg        sync.WaitGroup
	)
	start := time.Now().Add(100 * time.Millisecond)
	for i, b := range bs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine, late []float64
			var myBytes int64
			for due := start.Add(time.Duration(i) * time.Second / time.Duration(len(bs))); due.Before(start.Add(d)); due = due.Add(time.Second) {
				time.Sleep(time.Until(due))
				sent := time.Now()
				late = append(late, float64(sent.Sub(due).Microseconds())/1000)
				if err := b.ws.WriteMessage(websocket.TextMessage, b.click()); err != nil {
					fails.add(err)
					break
				}
				b.ws.SetReadDeadline(time.Now().Add(30 * time.Second))
				_, msg, err := b.ws.ReadMessage()
				if err != nil {
					fails.add(err)
					break
				}
				mine = append(mine, float64(time.Since(sent).Microseconds())/1000)
				myBytes += int64(len(msg))
				if err := b.check(msg); err != nil {
					fails.add(err)
					break
				}
				verified.Add(1)
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			lateness = append(lateness, late...)
			received += myBytes
			mu.Unlock()
		}()
	}
	wg.Wait()
	c = clicks{Events: len(latencies), Verified: int(verified.Load())}
	if len(lateness) > 0 {
		slices.Sort(lateness)
		lateP99 = lateness[min(len(lateness)-1, int(0.99*float64(len(lateness))))]
	}
	if len(latencies) > 0 {
		slices.Sort(latencies)
		pct := func(p float64) float64 { return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))] }
		c.EventsPerSec = float64(len(latencies)) / d.Seconds()
		c.P50, c.P90, c.P99, c.Max = pct(0.50), pct(0.90), pct(0.99), latencies[len(latencies)-1]
		c.BytesPerMsg = float64(received) / float64(len(latencies))
	}
	return c, lateP99
}

// awaitShared changes the bench page's Shared element to text and returns,
// for each browser that received it, the milliseconds from the request for
// the change to its patch. A browser that gets anything else first, or
// nothing within ten seconds, is a failure.
func awaitShared(hc *http.Client, base string, bs []*browser, text string, fails *failures) []float64 {
	want := []byte(`"text":` + strconv.Quote(text))
	arrived := make([]time.Time, len(bs))
	var wg sync.WaitGroup
	deadline := time.Now().Add(10 * time.Second)
	for i, b := range bs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.ws.SetReadDeadline(deadline)
			_, msg, err := b.ws.ReadMessage()
			switch {
			case err != nil:
				fails.add(fmt.Errorf("waiting for the shared change: %w", err))
			case !bytes.Contains(msg, want):
				fails.add(fmt.Errorf("expected %s, got %s", want, msg))
			default:
				arrived[i] = time.Now()
			}
		}()
	}
	time.Sleep(200 * time.Millisecond) // every reader waits
	changed := time.Now()
	resp, err := hc.Get(base + "/_bench/shared/change?text=" + url.QueryEscape(text))
	if err != nil {
		fails.add(err)
	} else {
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			fails.add(fmt.Errorf("the shared change: %s", resp.Status))
		}
	}
	wg.Wait()
	var ms []float64
	for _, t := range arrived {
		if !t.IsZero() {
			ms = append(ms, float64(t.Sub(changed).Microseconds())/1000)
		}
	}
	return ms
}

// browser is one browser showing the session example's page.
type browser struct {
	ws    *websocket.Conn
	btn   []byte // the button's element id
	count int    // the click count it shows
	n     uint64 // messages sent
}

// openBrowser loads base+path in a new session and opens its websocket.
func openBrowser(hc *http.Client, d *websocket.Dialer, base, path string) (*browser, error) {
	resp, err := hc.Get(base + path)
	if err != nil {
		return nil, err
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	page, version, btn := pageIDRe.FindSubmatch(body), versionRe.FindSubmatch(body), buttonRe.FindSubmatch(body)
	if page == nil || version == nil || btn == nil {
		return nil, fmt.Errorf("not the session example's page: %.200s", body)
	}
	h := http.Header{"Origin": {base}}
	for _, c := range resp.Cookies() {
		h.Add("Cookie", c.Name+"="+c.Value)
	}
	u := "ws" + strings.TrimPrefix(base, "http") + "/_jp/ws?page=" + string(page[1]) + "&v=" + string(version[1])
	if tok := rejoinRe.FindSubmatch(body); tok != nil { // as a browser does: behind a balancer, another instance may take it
		u += "&rejoin=" + url.QueryEscape(string(tok[1]))
	}
	ws, _, err := d.Dial(u, h)
	if err != nil {
		return nil, err
	}
	count, _ := strconv.Atoi(string(btn[2]))
	return &browser{ws: ws, btn: btn[1], count: count}, nil
}

// click is the browser's next click on the button.
func (b *browser) click() []byte {
	b.n++
	return fmt.Appendf(nil, `{"n":%d,"t":"ev","id":%q,"ev":"click"}`, b.n, b.btn)
}

// check says whether msg is the update for one more click.
func (b *browser) check(msg []byte) error {
	b.count++
	if want := fmt.Sprintf(`"text":"Number of Click Events: %d"`, b.count); !strings.Contains(string(msg), want) {
		return fmt.Errorf("expected %s, got %s", want, msg)
	}
	return nil
}

// table prints the browsers' figures for people.
func (r *browsersReport) table(w io.Writer) {
	fmt.Fprintf(w, "\n%d browsers, each with its own session and websocket (connected in %.1f s, %d at a time):\n", r.Browsers, r.ConnectSeconds, dialsAtOnce)
	if r.HeapPerPageKB != 0 {
		fmt.Fprintf(w, "connected idle page: heap %.1f KB + goroutine stacks %.1f KB = %.1f KB (%.2f goroutines; RSS %.1f KB)\n",
			r.HeapPerPageKB, r.StackPerPageKB, r.HeapPerPageKB+r.StackPerPageKB, r.GoroutinesPerPage, r.RSSPerPageKB)
	}
	c := r.Clicks
	fmt.Fprintf(w, "each clicking once a second: %d clicks (%.0f/s), click to update p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, %d verified (clicks sent late by %.2f ms at p99)\n",
		c.Events, c.EventsPerSec, c.P50, c.P90, c.P99, c.Max, c.Verified, r.LateP99Ms)
	if r.AllocatedPerClick != 0 {
		fmt.Fprintf(w, "the server allocated %.0f bytes a click and collected garbage %d times meanwhile\n", r.AllocatedPerClick, r.GCsDuringClicks)
	}
	if r.HeapAfterClicksKB != 0 {
		fmt.Fprintf(w, "idle again after the clicks: heap %.1f KB + goroutine stacks %.1f KB = %.1f KB (%.2f goroutines)\n",
			r.HeapAfterClicksKB, r.StackAfterClicksKB, r.HeapAfterClicksKB+r.StackAfterClicksKB, r.GoroutinesAfterClicks)
	}
	fmt.Fprintf(w, "a Shared element changed once: %d of %d browsers had it, the last %.1f ms after the change (half within %.1f ms)\n",
		r.SharedReceived, r.Browsers, r.SharedLastMs, r.SharedP50Ms)
	fmt.Fprintf(w, "browser errors: %d\n", r.Errors)
}
