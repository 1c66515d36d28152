package e2e

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// examples/browser, JustPy's tutorial in one process: every example its
// index lists loads in a tab of one browser, answers 200, connects, and
// logs no console error.
func TestDemoBrowserRunsEveryExample(t *testing.T) {
	srv := startExample(t, "browser", "NO_INTERNET=True")
	browser := newBrowserFor(t, 10*time.Minute)
	run(t, browser, chromedp.Navigate(srv.URL+"/"), waitConnected())
	hrefs := get(t, browser, chromedp.Evaluate[[]string](
		`[...document.querySelectorAll("main li > a:first-child")].map(a => a.getAttribute("href"))`))
	if len(hrefs) < 10 {
		t.Fatalf("the index lists %d examples", len(hrefs))
	}
	for _, href := range hrefs {
		t.Run(href, func(t *testing.T) {
			tab, cancel := newTab(t, browser)
			defer cancel()
			tab, cancelTab := context.WithTimeout(tab, 30*time.Second)
			defer cancelTab()
			w := watchTab(tab)
			status := documentStatus(tab)
			run(t, tab, chromedp.Navigate(srv.URL+href), waitConnected())
			time.Sleep(100 * time.Millisecond) // for an error the first update brings
			if s := status(); s != 200 {
				t.Errorf("%s answered %d", href, s)
			}
			w.check(t, srv.URL)
		})
	}
}

// documentStatus returns a function that reports the HTTP status of the
// last document the tab loaded.
func documentStatus(tab context.Context) func() int64 {
	var mu sync.Mutex
	var status int64
	chromedp.Listen(tab, func(ev any) {
		if e, ok := ev.(*network.EventResponseReceived); ok && e.Type == network.ResourceTypeDocument {
			mu.Lock()
			status = e.Response.Status
			mu.Unlock()
		}
	})
	return func() int64 {
		mu.Lock()
		defer mu.Unlock()
		return status
	}
}
