package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"time"
)

// loadRounds is how many times the page loads of JustGo and of the bare
// handler take turns, so that both see the machine as it is.
const loadRounds = 3

// loadCost is the CPU a page load took on each side: the server
// process's and the clients' (this process's), in µs a load.
type loadCost struct {
	ServerUS float64 `json:"server_us_per_load"`
	ClientUS float64 `json:"client_us_per_load"`
}

// pageLoadFloor counts page loads of JustGo's page and of the bare handler
// in turns of d/loadRounds each, and returns the mean rate of each and, where
// /proc tells the CPU times of the server process (pid) and of this one,
// what a load of each cost.
func pageLoadFloor(base, bare string, clients int, d time.Duration, pid int) (justgo, floor float64, cost, bareCost *loadCost) {
	round := d / loadRounds
	var jCPU, bCPU [2]time.Duration
	var jLoads, bLoads float64
	measured := true
	turn := func(url string, cpu *[2]time.Duration, loads *float64) float64 {
		s0, ok0 := processRunTime(pid)
		c0, ok1 := processRunTime(os.Getpid())
		rate := pageLoads(url, clients, round)
		s1, ok2 := processRunTime(pid)
		c1, ok3 := processRunTime(os.Getpid())
		measured = measured && ok0 && ok1 && ok2 && ok3
		cpu[0] += s1 - s0
		cpu[1] += c1 - c0
		*loads += rate * round.Seconds()
		return rate
	}
	for range loadRounds {
		justgo += turn(base, &jCPU, &jLoads) / loadRounds
		floor += turn(bare, &bCPU, &bLoads) / loadRounds
	}
	if !measured || jLoads == 0 || bLoads == 0 {
		return justgo, floor, nil, nil
	}
	per := func(cpu [2]time.Duration, loads float64) *loadCost {
		us := func(t time.Duration) float64 { return float64(t.Microseconds()) / loads }
		return &loadCost{ServerUS: us(cpu[0]), ClientUS: us(cpu[1])}
	}
	return justgo, floor, per(jCPU, jLoads), per(bCPU, bLoads)
}

// screen is what clicks in Chromium measured on one page: from the click to
// the button showing the next count, as a MutationObserver in the page sees
// it.
type screen struct {
	Clicks   int     `json:"clicks"`
	Verified int     `json:"updates_verified"`
	Mean     float64 `json:"mean_ms"`
	P50      float64 `json:"p50_ms"`
	P99      float64 `json:"p99_ms"`
	// ServerUS is the server process's CPU a click, where /proc says.
	ServerUS float64 `json:"server_us_per_click,omitempty"`
}

func screenOf(ms []float64) screen {
	s := screen{Clicks: len(ms), Verified: len(ms)} // a click resolves only on its update
	if len(ms) == 0 {
		return s
	}
	ms = slices.Sorted(slices.Values(ms))
	for _, v := range ms {
		s.Mean += v / float64(len(ms))
	}
	s.P50, s.P99 = ms[len(ms)/2], ms[min(len(ms)-1, int(0.99*float64(len(ms))))]
	return s
}

// clickBatch clicks the page's button n times, one after the other, each
// when the last showed, and returns each click's time to the next count in
// ms. A click whose count does not show within timeoutMs rejects it.
const clickBatch = `(async (n, timeoutMs) => {
  const count = () => parseInt(document.querySelector("button").textContent.match(/Number of Click Events: (\d+)/)[1]);
  const times = [];
  for (let i = 0; i < n; i++) {
    const want = count() + 1;
    times.push(await new Promise((resolve, reject) => {
      let start = 0;
      const timer = setTimeout(() => {
        seen.disconnect();
        reject(new Error("click " + (i + 1) + " of " + n + ": no count of " + want + " within " + timeoutMs + " ms; the button says " + document.querySelector("button").textContent));
      }, timeoutMs);
      const seen = new MutationObserver(() => {
        if (count() !== want) return;
        const took = performance.now() - start;
        seen.disconnect();
        clearTimeout(timer);
        resolve(took);
      });
      seen.observe(document.body, { childList: true, characterData: true, subtree: true });
      start = performance.now();
      document.querySelector("button").click();
    }));
  }
  return times;
})(%d, %d)`

// clicks clicks the tab's button n times (clickBatch) and returns the time
// each took to show, in ms.
func (t *tab) clicks(ctx context.Context, n int, timeout time.Duration) ([]float64, error) {
	var ms []float64
	if err := t.eval(ctx, fmt.Sprintf(clickBatch, n, timeout.Milliseconds()), &ms); err != nil {
		return nil, err
	}
	if len(ms) != n {
		return nil, fmt.Errorf("%d clicks timed of %d", len(ms), n)
	}
	return ms, nil
}

// screenPage is a page to click: where it is and what says it is ready.
type screenPage struct {
	url, ready string
}

// justgoPage is the session page, ready when JustGo's client has its
// websocket open.
func justgoPage(base string) screenPage {
	return screenPage{base + "/", `document.getElementById("jp-root").getAttribute("data-jp-state") === "live"`}
}

// barePageAt is the bare page, ready when its websocket is open.
func barePageAt(base string) screenPage {
	return screenPage{base + "/_bench/barepage", `document.body.getAttribute("data-bench-state") === "live"`}
}

// clickToScreen clicks the session page's button (JustGo's client and
// websocket) and the bare page's, n times each in one Chromium, in turns of
// 30 on each tab, so that both see the machine as it is. A few clicks on
// each first are not counted: the first clicks of a page also compile its
// script.
func clickToScreen(path, base string, n int, timeout time.Duration, pid int) (justgo, bare screen, err error) {
	b, err := startChromium(path)
	if err != nil {
		return justgo, bare, err
	}
	defer b.close()
	// Each click has its own timeout; this one is for a browser that stops
	// answering.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute+time.Duration(2*n)*timeout)
	defer cancel()
	pages := []screenPage{justgoPage(base), barePageAt(base)}
	var tabs []*tab
	for _, p := range pages {
		t, err := b.open(ctx, p.url, p.ready)
		if err != nil {
			return justgo, bare, err
		}
		tabs = append(tabs, t)
	}
	times := make([][]float64, len(tabs))
	click := func(i, k int) ([]float64, error) {
		// A tab in the background may be throttled.
		if err := b.call(ctx, tabs[i].session, "Page.bringToFront", nil, nil); err != nil {
			return nil, err
		}
		ms, err := tabs[i].clicks(ctx, k, timeout)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", pages[i].url, err)
		}
		return ms, nil
	}
	for i := range tabs {
		if _, err := click(i, 5); err != nil {
			return justgo, bare, err
		}
	}
	ran := make([]time.Duration, len(tabs)) // the server's CPU while each page was clicked
	measured := true
	for done := 0; done < n; done += 30 {
		for i := range tabs {
			before, ok0 := processRunTime(pid)
			ms, err := click(i, min(30, n-done))
			if err != nil {
				return justgo, bare, err
			}
			after, ok1 := processRunTime(pid)
			measured = measured && ok0 && ok1
			ran[i] += after - before
			times[i] = append(times[i], ms...)
		}
	}
	justgo, bare = screenOf(times[0]), screenOf(times[1])
	if measured && n > 0 {
		justgo.ServerUS = float64(ran[0].Microseconds()) / float64(len(times[0]))
		bare.ServerUS = float64(ran[1].Microseconds()) / float64(len(times[1]))
	}
	return justgo, bare, nil
}

// chromiumMissing says why there is no Chromium at path, "" when there is.
func chromiumMissing(path string) string {
	if _, err := os.Stat(path); err != nil {
		return fmt.Sprintf("skipped: no Chromium (%v); -chromium names another", err)
	}
	return ""
}
