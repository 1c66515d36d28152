package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// When the server goes away the page says it is reconnecting; when a
// restarted server no longer knows the page, it rebuilds it from the
// page's rejoin token and the tab carries on without a reload, and the
// session (same SECRET_KEY) survives.
func TestReconnectAfterServerRestart(t *testing.T) {
	srv := startExample(t, "session")
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(srv.URL), waitConnected(), click(clickBtn), waitText(clickBtn, "Number of Click Events: 1"),
		chromedp.Poll[chromedp.Void](`(window.beforeRestart = true)`))
	id := textOf(t, browser, sessionDiv)

	srv.stop()
	run(t, browser, waitJS(`document.getElementById("jp-root").getAttribute("data-jp-state") === "reconnecting"`),
		waitJS(`(() => { const s = document.getElementById("jp-status"); return !!s && s.textContent.includes("Reconnecting") && s.getBoundingClientRect().height > 0 })()`))

	srv.start()
	// The same document (its marker survives) shows the rebuilt page: the
	// new process's empty tally, its first visit.
	run(t, browser, waitJS(`window.beforeRestart && document.getElementById("jp-root").getAttribute("data-jp-state") === "live" && document.body.innerText.includes("Number of visits: 1") && document.body.innerText.includes("Number of Click Events: 0")`))
	if got := textOf(t, browser, sessionDiv); got != id {
		t.Errorf("the restart lost the session: %q, was %q", got, id)
	}
	run(t, browser, click(clickBtn), waitText(clickBtn, "Number of Click Events: 1"))
}
