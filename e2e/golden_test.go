package e2e

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire/wiretest"
)

// goldenDir holds the server's golden messages (internal/wire's TestGolden).
const goldenDir = "../internal/wire/testdata"

// served is a scenario's page as its page function built it.
type served struct {
	wp    *jp.WebPage
	steps []wiretest.Step
	first string // its components' HTML, as the first paint has it
}

// The golden scenarios through the real client: each page is served, each
// step made on the server, and the messages the browser receives are the
// golden file's; after each step the DOM under #jp-root is what a fresh
// render of the page parses to. One browser, one tab, every scenario.
func TestGoldenReplay(t *testing.T) {
	app := jp.NewApp()
	built := make(chan served, 1)
	for _, sc := range wiretest.Scenarios() {
		jp.Route(app, "/"+sc.Name, func(*jp.Request) *jp.WebPage {
			wp := jp.NewWebPage()
			wp.Tailwind = false
			steps := sc.Build(wp)
			built <- served{wp, steps, render(wp)}
			return wp
		})
	}
	srv := httptest.NewServer(app)
	t.Cleanup(func() { app.Close(); srv.Close() })
	tab := newCapturingTab(t)
	for _, sc := range wiretest.Scenarios() {
		t.Run(sc.Name, func(t *testing.T) {
			golden, err := wiretest.ReadGolden(filepath.Join(goldenDir, sc.Name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			run(t, tab, chromedp.Navigate(srv.URL+"/"+sc.Name), waitConnected())
			s := <-built
			awaitConns(t, s.wp, 1) // the server has attached it: what follows are patches
			names := wiretest.NewNames()
			if got := names.HTML(s.first); got != golden.HTML {
				t.Fatalf("first paint:\n got  %s\n want %s", got, golden.HTML)
			}
			waitDOM(t, tab, s.first, "first paint")
			if len(s.steps) != len(golden.Steps) {
				t.Fatalf("%d steps, the golden file has %d", len(s.steps), len(golden.Steps))
			}
			for i, st := range s.steps {
				want := golden.Steps[i]
				if want.Step != st.Name {
					t.Fatalf("step %d is %q, the golden file's %q", i+1, st.Name, want.Step)
				}
				if st.Offline {
					offline(t, tab, s.wp, st.Change)
				} else {
					s.wp.DoWait(st.Change)
				}
				// rendered after the flush, as a fresh load renders it
				var fresh string
				s.wp.DoWait(func() { fresh = render(s.wp) })
				got := receive(t, tab, len(want.Messages))
				for j, m := range got {
					named, err := names.Message([]byte(m))
					if err != nil {
						t.Fatalf("%s: %v", st.Name, err)
					}
					if w := wiretest.Compact(want.Messages[j]); string(named) != w {
						t.Errorf("%s: the browser received\n  %s\nthe golden file has\n  %s", st.Name, named, w)
					}
				}
				waitDOM(t, tab, fresh, st.Name)
			}
		})
	}
}

// offline makes change while the tab's client is disconnected and cannot
// reconnect, then lets it: it comes back behind and is sent the whole page.
func offline(t *testing.T, tab context.Context, wp *jp.WebPage, change func()) {
	t.Helper()
	run(t, tab, chromedp.Poll[chromedp.Void](`(window.__jpOffline = true, window.__jpSockets[window.__jpSockets.length - 1].close(), true)`))
	awaitConns(t, wp, 0)
	wp.DoWait(change)
	run(t, tab, chromedp.Poll[chromedp.Void](`(window.__jpOffline = false, true)`))
}

// receive waits for n messages the tab's client has received since the
// last call, and returns them; with n = 0 it checks that none came.
func receive(t *testing.T, tab context.Context, n int) []string {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		count := get(t, tab, chromedp.Evaluate[int](`window.__jpSeen.length`))
		if count > n {
			break
		}
		if count == n {
			return get(t, tab, chromedp.Evaluate[[]string](`window.__jpSeen.splice(0)`))
		}
		if time.Now().After(deadline) {
			t.Fatalf("the client received %d messages, not %d", count, n)
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("the client received more than %d messages: %q", n, get(t, tab, chromedp.Evaluate[[]string](`window.__jpSeen`)))
	return nil
}
