package e2e

import (
	"fmt"
	"math/rand/v2"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire/wiretest"
)

// propertySteps is how many random steps each seed runs in the browser;
// JP_STEPS=N runs more.
const propertySteps = 300

// Random changes (text, attributes, classes, style, children added, moved
// and removed, raw HTML on and off, show and hide, values), one flush
// each, applied by the real client: after each the DOM under #jp-root is
// what a fresh render parses to. Seed 1, then one random seed (JP_SEED=N
// replays one), in one tab.
func TestRandomChangesMatchFreshRender(t *testing.T) {
	seeds := []uint64{1, rand.Uint64()}
	if s := os.Getenv("JP_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("JP_SEED=%q: %v", s, err)
		}
		seeds = []uint64{n}
	}
	steps := propertySteps
	if s := os.Getenv("JP_STEPS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("JP_STEPS=%q: %v", s, err)
		}
		steps = n
	}
	app := jp.NewApp()
	randoms, pages := make(chan *wiretest.Random, 1), make(chan *jp.WebPage, 1)
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		wp.Tailwind = false
		(<-randoms).Build(wp)
		pages <- wp
		return wp
	})
	srv := httptest.NewServer(app)
	t.Cleanup(func() { app.Close(); srv.Close() })
	tab := newBrowser(t)
	for _, seed := range seeds {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			r := wiretest.NewRandom(seed)
			randoms <- r
			run(t, tab, chromedp.Navigate(srv.URL), waitConnected())
			wp := <-pages
			awaitConns(t, wp, 1)
			var fresh string
			wp.DoWait(func() { fresh = render(wp) })
			waitDOM(t, tab, fresh, fmt.Sprintf("seed %d, first paint", seed))
			var history []string
			for i := range steps {
				var did []string
				wp.DoWait(func() { did = r.Step() })
				wp.DoWait(func() { fresh = render(wp) }) // after the flush, as a fresh load renders
				history = append(history, fmt.Sprintf("%d: %s", i+1, strings.Join(did, "; ")))
				last := strings.Join(history[max(0, len(history)-8):], "\n")
				waitDOM(t, tab, fresh, fmt.Sprintf("seed %d (replay: JP_SEED=%d go test -run TestRandomChangesMatchFreshRender), step %d, after\n%s\n", seed, seed, i+1, last))
			}
		})
	}
}
