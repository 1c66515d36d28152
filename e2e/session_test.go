package e2e

import (
	"context"
	"io"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

var sessionIDText = regexp.MustCompile(`^My session id: [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

const (
	clickAny   = `#jp-root button`
	sessionDiv = `#jp-root > div:nth-child(1)`
	visitsDiv  = `#jp-root > div:nth-child(2)`
	clickBtn   = `#jp-root > button`
)

// The session example as JustPy's sessions chapter tells it: "Close, open
// and reload browser tabs and click the button. The session information
// persists."
func TestSessionExample(t *testing.T) { sessionStory(t) }

// The same, with events sent by HTTP POST (JustPy's WEBSOCKETS=False).
func TestSessionExampleOverHTTP(t *testing.T) { sessionStory(t, "WEBSOCKETS=False") }

func sessionStory(t *testing.T, env ...string) {
	srv := startExample(t, "session", env...)
	browser := newBrowser(t)

	run(t, browser, chromedp.Navigate(srv.URL), waitConnected(), waitText(visitsDiv, "Number of visits: 1"))
	id := textOf(t, browser, sessionDiv)
	if !sessionIDText.MatchString(id) {
		t.Fatalf("session line %q is not a uuid4", id)
	}
	if got := textOf(t, browser, clickBtn); got != "Number of Click Events: 0" {
		t.Fatalf("button says %q", got)
	}
	for i := 0; i < 3; i++ {
		run(t, browser, click(clickBtn))
	}
	run(t, browser, waitText(clickBtn, "Number of Click Events: 3"), waitText(visitsDiv, "Number of visits: 1"))

	// Reload: one more visit, the clicks are remembered.
	run(t, browser, chromedp.Reload(), waitConnected(), waitText(visitsDiv, "Number of visits: 2"),
		waitText(clickBtn, "Number of Click Events: 3"))
	if got := textOf(t, browser, sessionDiv); got != id {
		t.Fatalf("reload changed the session: %q, was %q", got, id)
	}

	// A new tab of the same browser is the same session.
	tab, closeTab := newTab(t, browser)
	run(t, tab, chromedp.Navigate(srv.URL), waitConnected(), waitText(visitsDiv, "Number of visits: 3"),
		waitText(clickBtn, "Number of Click Events: 3"), click(clickBtn),
		waitText(clickBtn, "Number of Click Events: 4"))
	if got := textOf(t, tab, sessionDiv); got != id {
		t.Fatalf("new tab has session %q, want %q", got, id)
	}
	closeTab()

	// Back in the first tab, after the other one closed: a click shows the
	// latest tally, both counts.
	run(t, browser, click(clickBtn), waitText(clickBtn, "Number of Click Events: 5"),
		waitText(visitsDiv, "Number of visits: 3"))

	// Another browser profile is another session, starting from zero.
	other := newBrowser(t)
	run(t, other, chromedp.Navigate(srv.URL), waitConnected(), waitText(visitsDiv, "Number of visits: 1"),
		waitText(clickBtn, "Number of Click Events: 0"))
	if otherID := textOf(t, other, sessionDiv); otherID == id || !sessionIDText.MatchString(otherID) {
		t.Fatalf("second profile's session line %q (first was %q)", otherID, id)
	}
	run(t, other, click(clickBtn), waitText(clickBtn, "Number of Click Events: 1"))
	run(t, browser, chromedp.Reload(), waitConnected(), waitText(visitsDiv, "Number of visits: 4"),
		waitText(clickBtn, "Number of Click Events: 5"))
	checkTransport(t, browser, env)
}

// checkTransport checks that the events went the way the settings say.
func checkTransport(t *testing.T, browser context.Context, env []string) {
	t.Helper()
	overHTTP := slices.Contains(env, "WEBSOCKETS=False")
	if got := get(t, browser, chromedp.Evaluate[bool](`document.getElementById("jp-root").dataset.jpHttp === "1"`)); got != overHTTP {
		t.Errorf("HTTP mode %v, want %v", got, overHTTP)
	}
	run(t, browser, click(clickAny))
	posted := `performance.getEntriesByType("resource").some(e => e.name.includes("/_jp/event"))`
	if overHTTP {
		run(t, browser, waitJS(posted))
	} else if get(t, browser, chromedp.Evaluate[bool](posted)) {
		t.Error("events went by HTTP with websockets on")
	}
}

// The cookie holds the signed session id, is HttpOnly and so invisible to
// JavaScript on the page.
func TestSessionCookieIsHttpOnly(t *testing.T) {
	srv := startExample(t, "session")
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(srv.URL), waitConnected())
	docCookie := get(t, browser, chromedp.Evaluate[string](`document.cookie`))
	if docCookie != "" {
		t.Errorf("document.cookie = %q, want it empty", docCookie)
	}
	cs := cookies(t, browser, srv.URL)
	if len(cs) != 1 || cs[0].Name != "jp_token" || !cs[0].HTTPOnly || cs[0].SameSite != network.CookieSameSiteLax {
		t.Fatalf("cookies: %+v", cs)
	}
	id := strings.TrimPrefix(textOf(t, browser, sessionDiv), "My session id: ")
	if strings.Contains(cs[0].Value, id) {
		t.Errorf("the cookie shows the id in clear; it should be signed and encoded")
	}
}

// A tampered cookie gets JustPy's "Bad Cookie", and the server carries on.
func TestSessionBadCookie(t *testing.T) {
	srv := startExample(t, "session")
	req, _ := http.NewRequest("GET", srv.URL, nil)
	req.AddCookie(&http.Cookie{Name: "jp_token", Value: "MTc5NTk1NTkwMXxaVEF6WWpoaVlUWXRNREE0TlMwME5XWmxMVGxtTWpn|forged"})
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest || string(body) != "Bad Cookie" {
		t.Fatalf("got %d %q", resp.StatusCode, body)
	}
	resp = httpGet(t, srv.URL)
	body, _ = io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Number of visits: 1") {
		t.Fatalf("after the bad cookie: %d %s", resp.StatusCode, body)
	}
}
