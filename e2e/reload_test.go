package e2e

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// JustPy's reload_demo: a page without a websocket whose counter a
// background task advances shows it moving, by asking every 2.5 s.
func TestReloadDemoPolls(t *testing.T) {
	srv := startExample(t, "ajax/reload_demo")
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(srv.URL), waitJS(`/^[0-9]+$/.test(document.querySelector("#jp-root > div").textContent.trim())`))
	first, _ := strconv.Atoi(strings.TrimSpace(textOf(t, browser, "#jp-root > div")))
	run(t, browser, waitJS(`Number(document.querySelector("#jp-root > div").textContent) >= `+strconv.Itoa(first+2)),
		chromedp.Poll[chromedp.Void](`(window.marker = true)`))
	run(t, browser, waitJS(`Number(document.querySelector("#jp-root > div").textContent) >= `+strconv.Itoa(first+4)+` && window.marker`))
}
