package jp_test

import (
	"io"
	"net/http"
	"runtime"
	"sync"
	"testing"
	"time"

	jp "github.com/justgo/justgo"
)

func heapAfterGC() uint64 {
	var m runtime.MemStats
	for range 3 {
		runtime.GC()
	}
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// Pages that no browser ever connects to (crawlers, curl, closed tabs)
// are freed after PAGE_TIMEOUT, and the memory with them.
func TestUnconnectedPagesAreFreed(t *testing.T) {
	const loads, workers = 10000, 8
	cfg := jp.DefaultConfig()
	cfg.PageTimeout = 300 * time.Millisecond
	cfg.NewPageTimeout = 300 * time.Millisecond
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage { // no state of its own: what stays is JustGo's
		wp := jp.NewWebPage()
		jp.Div(jp.Text("My session id: "+r.SessionID), jp.Classes("m-2 p-1 text-xl"), jp.In(wp))
		jp.Div(jp.Text("Number of visits: 1"), jp.Classes("m-2 p-1 text-xl"), jp.In(wp))
		jp.Button(jp.Text("Number of Click Events: 0"), jp.In(wp)).On("click", func(*jp.Element, *jp.Msg) error { return nil })
		return wp
	})
	srv := serve(t, app)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: workers}} // no cookie jar: a session a load

	load := func(n int) {
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := w; i < n; i += workers {
					resp, err := client.Get(srv.URL)
					if err != nil {
						t.Error(err)
						return
					}
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
			}()
		}
		wg.Wait()
	}
	waitFreed := func() {
		deadline := time.Now().Add(10 * time.Second)
		for app.Pages() != 0 {
			if time.Now().After(deadline) {
				t.Fatalf("%d pages still live after the timeout", app.Pages())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	load(200) // warm up pools and caches before the baseline
	waitFreed()
	base := heapAfterGC()

	load(loads)
	peak := heapAfterGC()
	live := app.Pages()
	waitFreed()
	after := heapAfterGC()
	t.Logf("heap: baseline %d KB, with %d live pages %d KB (%.1f KB a page), after the timeout %d KB",
		base/1024, live, peak/1024, float64(peak-base)/float64(max(live, 1))/1024, after/1024)
	// The registry's maps keep the room their most pages took (Go's maps
	// do not shrink): up to a few hundred bytes for each page live at the
	// peak, which the next round reuses.
	if room := uint64(live) * 256; after > base+1<<20+room {
		t.Errorf("the heap did not come back: %d KB after, %d KB before", after/1024, base/1024)
	}
	load(loads)
	liveAgain := app.Pages()
	t.Logf("second round: %d live pages at its end", liveAgain)
	waitFreed()
	// A second round with more pages live at once than the first grows
	// the maps' room by as much again.
	if again := heapAfterGC(); again > after+512<<10+uint64(max(0, liveAgain-live))*256 {
		t.Errorf("another %d pages (%d live at once, %d before) left %d KB more: %d KB after them, %d KB before", loads, liveAgain, live, (again-after)/1024, again/1024, after/1024)
	}
}
