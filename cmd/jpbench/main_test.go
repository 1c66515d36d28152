package main

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The test binary is also the server process jpbench starts.
func TestMain(m *testing.M) {
	if v, ok := os.LookupEnv(serveEnv); ok {
		n, _ := strconv.Atoi(v)
		serve(n)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// Two clients for a second, and 20 clicks in Chromium on each page: the
// report is complete, floors included, and every update the clients got,
// and every count the browser showed, was the right one.
func TestSmoke(t *testing.T) {
	missing := chromiumMissing(chromiumPath)
	if missing != "" && os.Getenv("CI") == "true" {
		t.Fatal("CI needs Chromium for the click-to-screen floor: " + missing)
	}
	r, err := run(options{Clients: 2, Duration: time.Second, LoadClients: 2, IdlePages: 200, Baseline: true, Chromium: chromiumPath, ScreenClicks: 20})
	if err != nil {
		t.Fatal(err)
	}
	if r.Errors != 0 {
		t.Fatalf("%d errors", r.Errors)
	}
	f, e := r.Framework, r.Echo
	if f.Events == 0 || f.Verified != f.Events || f.EventsPerSec <= 0 || f.P50 <= 0 || f.P99 < f.P50 || f.Max < f.P99 || f.BytesPerMsg <= 0 {
		t.Errorf("framework figures: %+v", f)
	}
	if e == nil || e.Events == 0 || r.EventsRatio <= 0 || r.P99Ratio <= 0 {
		t.Errorf("echo figures: %+v, ratios %v %v", e, r.EventsRatio, r.P99Ratio)
	}
	// Heap deltas over a handful of pages are noise (they can come out
	// negative); goroutines and stacks per page are not, with enough pages:
	// a connection's goroutine keeps Go's smallest stack, and a few dozen
	// of those fit in stack spans the click run left.
	if r.PageLoadsPerSec <= 0 || r.GoroutinesPerPage < 0.9 || r.StackPerConnectedKB <= 0 {
		t.Errorf("loads and memory: %+v", r)
	}
	if r.BarePageLoadsPerSec <= 0 || r.PageLoadsRatio <= 0 {
		t.Errorf("page loads floor: %v a second, ratio %v", r.BarePageLoadsPerSec, r.PageLoadsRatio)
	}
	if runtime.GOOS == "linux" {
		for _, c := range []*loadCost{r.PageLoadCost, r.BarePageLoadCost} {
			if c == nil || c.ServerUS <= 0 || c.ClientUS <= 0 {
				t.Errorf("CPU a load: %+v", c)
			}
		}
	}
	if missing != "" {
		if r.ClickToScreenMissing != missing {
			t.Errorf("without Chromium: %q", r.ClickToScreenMissing)
		}
		t.Log(missing)
		return
	}
	for _, s := range []*screen{r.ClickToScreen, r.BareClickToScreen} {
		if s == nil || s.Clicks != 20 || s.Verified != 20 || s.Mean <= 0 || s.P50 <= 0 || s.P99 < s.P50 {
			t.Errorf("click to screen: %+v (%s)", s, r.ClickToScreenMissing)
		}
		if runtime.GOOS == "linux" && s != nil && s.ServerUS <= 0 {
			t.Errorf("the server's CPU a click: %+v", s)
		}
	}
	if r.ClickToScreenRatio <= 0 {
		t.Errorf("click to screen ratio %v", r.ClickToScreenRatio)
	}
}

// A click whose count never shows fails its batch, in its time, rather than
// counting or hanging: the bare page here stops showing what the server
// answers.
func TestAClickThatNeverShowsFails(t *testing.T) {
	if missing := chromiumMissing(chromiumPath); missing != "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI needs Chromium: " + missing)
		}
		t.Skip(missing)
	}
	srv, err := startServer(0)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.stop()
	b, err := startChromium(chromiumPath)
	if err != nil {
		t.Fatal(err)
	}
	defer b.close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p := barePageAt(srv.URL)
	tab, err := b.open(ctx, p.url, p.ready)
	if err != nil {
		t.Fatal(err)
	}
	if ms, err := tab.clicks(ctx, 3, 5*time.Second); err != nil || len(ms) != 3 {
		t.Fatalf("before: %v, %v", ms, err)
	}
	var done bool
	if err := tab.eval(ctx, `ws.onmessage = null; true`, &done); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	ms, err := tab.clicks(ctx, 3, 500*time.Millisecond)
	if err == nil || !strings.Contains(err.Error(), "no count of 4 within 500 ms") {
		t.Fatalf("a click that never shows: %v, %v", ms, err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("it took %v to fail", took)
	}
}

// The scale-out figures for a moment: three setups, all clicks verified,
// and rejoins measured. It needs redis-server, which CI installs.
func TestScaleOutSmoke(t *testing.T) {
	if _, err := exec.LookPath("redis-server"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI needs redis-server")
		}
		t.Skip("no redis-server")
	}
	r, err := scaleRun(options{Clients: 2, Duration: time.Second, LoadClients: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Setups) != 3 || r.errors() != 0 || r.Rejoins != 200 || r.RejoinP50 <= 0 {
		t.Fatalf("%+v", r)
	}
	for _, s := range r.Setups {
		if s.PageLoadsPerSec <= 0 || s.Clicks.Events == 0 || s.Clicks.Verified != s.Clicks.Events {
			t.Errorf("%s: %+v", s.Name, s)
		}
	}
}

// Two hundred browsers: the memory, click and Shared figures are there,
// every update was verified and every browser had the shared change.
func TestBrowsersSmoke(t *testing.T) {
	r, err := run(options{Clients: 0, Duration: 2 * time.Second, Browsers: 200})
	if err != nil {
		t.Fatal(err)
	}
	b := r.Browsers
	if b == nil || r.Errors != 0 || b.Errors != 0 {
		t.Fatalf("%d errors: %+v", r.Errors, b)
	}
	if b.HeapPerPageKB == 0 || b.StackPerPageKB <= 0 || b.GoroutinesPerPage < 0.9 {
		t.Errorf("memory: %+v", b)
	}
	if c := b.Clicks; c.Events < 200 || c.Verified != c.Events || c.P99 <= 0 {
		t.Errorf("clicks: %+v", c)
	}
	if b.SharedReceived != 200 || b.SharedLastMs <= 0 {
		t.Errorf("shared: %+v", b)
	}
}

// A Chromium whose start hangs is started once more: the fake here hangs
// the first time and names an address nobody listens on the second, so
// the second start is what fails.
func TestAHungChromiumStartsAgain(t *testing.T) {
	defer func(d time.Duration) { devToolsWait = d }(devToolsWait)
	devToolsWait = 200 * time.Millisecond
	dir := t.TempDir()
	fake := filepath.Join(dir, "chromium")
	script := "#!/bin/sh\nif [ -e \"$JPBENCH_FAKE_STATE\" ]; then echo 'DevTools listening on ws://127.0.0.1:1/devtools/browser/x' >&2; else touch \"$JPBENCH_FAKE_STATE\"; fi\nsleep 1\n"
	if err := os.WriteFile(fake, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("JPBENCH_FAKE_STATE", filepath.Join(dir, "started"))
	_, err := startChromium(fake)
	if err == nil || errors.Is(err, errNoDevTools) || !strings.Contains(err.Error(), "connecting to") {
		t.Fatalf("got %v, want the second start's connection error", err)
	}
}
