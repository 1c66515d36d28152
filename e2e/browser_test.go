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
	srv := startExample(t, "browser", "NO_INTERNET=True", "DOG_CEO=off") // dogs.Off: no dog.ceo
	browser := newBrowserFor(t, 10*time.Minute)
	run(t, browser, chromedp.Navigate(srv.URL+"/"), waitConnected())
	hrefs := get(t, browser, chromedp.Evaluate[[]string](
		`[...document.querySelectorAll("main li > a:first-child")].map(a => a.getAttribute("href"))`))
	if len(hrefs) < 10 {
		t.Fatalf("the index lists %d examples", len(hrefs))
	}
	// A few tabs, each going from example to example: a tab's renderer
	// keeps the stylesheets it parsed (Tailwind's is large), which a new
	// tab for each example would parse again.
	type tab struct {
		ctx    context.Context
		w      *watch
		status func() int64
	}
	tabs := make(chan *tab, 3)
	for range cap(tabs) {
		ctx, cancel := newTab(t, browser)
		t.Cleanup(cancel)
		tabs <- &tab{ctx: ctx, w: watchTab(ctx), status: documentStatus(ctx)}
	}
	for _, href := range hrefs {
		t.Run(href, func(t *testing.T) {
			t.Parallel() // as many at once as there are tabs and -parallel lets
			tb := <-tabs
			defer func() { tabs <- tb }()
			tb.w.reset()
			ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
			defer cancel()
			run(t, ctx, chromedp.Navigate(srv.URL+href), waitConnected())
			time.Sleep(100 * time.Millisecond) // for an error the first update brings
			if s := tb.status(); s != 200 {
				t.Errorf("%s answered %d", href, s)
			}
			tb.w.check(t, srv.URL)
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
