package e2e

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/chromedp/chromedp"
	jp "github.com/justgo/justgo"
)

// redirectApp serves a page whose buttons redirect to a download, to a
// javascript: URL built from data, and count clicks.
func redirectApp(t *testing.T, websockets bool) string {
	t.Helper()
	cfg := jp.DefaultConfig()
	cfg.Websockets = websockets
	app := jp.NewApp(jp.WithConfig(cfg))
	app.Handle("/report.csv", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/csv")
		w.Header().Set("Content-Disposition", `attachment; filename="report.csv"`)
		fmt.Fprintln(w, "a,b")
	}))
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		n := 0
		count := jp.Button(jp.Text("count 0"), jp.ID("count"), jp.In(wp))
		count.On("click", func(self *jp.Element, _ *jp.Msg) error {
			n++
			self.Text = fmt.Sprint("count ", n)
			return nil
		})
		jp.Button(jp.Text("download"), jp.ID("download"), jp.In(wp)).On("click", func(_ *jp.Element, msg *jp.Msg) error {
			msg.Page.Redirect = "/report.csv"
			return nil
		})
		jp.Button(jp.Text("evil"), jp.ID("evil"), jp.In(wp)).On("click", func(_ *jp.Element, msg *jp.Msg) error {
			msg.Page.Redirect = "javascript:window.pwned=true"
			return nil
		})
		return wp
	})
	srv := httptest.NewServer(app)
	t.Cleanup(func() { app.Close(); srv.Close() })
	return srv.URL
}

// A redirect to a download leaves the page where it is, and live: its next
// events still reach the server, over a websocket or by POST. A javascript:
// redirect from a handler is never followed.
func TestRedirectToADownloadLeavesThePageLive(t *testing.T) {
	browser := newBrowser(t)
	for _, websockets := range []bool{true, false} {
		t.Run(fmt.Sprint("websockets=", websockets), func(t *testing.T) {
			url := redirectApp(t, websockets)
			run(t, browser, chromedp.Navigate(url), waitJS(`document.getElementById("jp-root") !== null`),
				click("#count"), waitText("#count", "count 1"),
				click("#download"), click("#count"), waitText("#count", "count 2"),
				click("#evil"), click("#count"), waitText("#count", "count 3"))
			if pwned := get(t, browser, chromedp.Evaluate[bool](`window.pwned === true`)); pwned {
				t.Error("the javascript: redirect ran")
			}
		})
	}
}
