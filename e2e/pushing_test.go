package e2e

import (
	"context"
	"testing"

	"github.com/chromedp/chromedp"
)

const clockSpan = `#jp-root > span`

// waitTick waits until the clock shows a time other than the one it showed.
// It asks from here rather than polling in the page: a tab in the background
// has its timers throttled.
func waitTick(t *testing.T, tab context.Context) {
	t.Helper()
	before := textOf(t, tab, clockSpan)
	run(t, tab, waitAfterNavigation(`(() => { const s = document.querySelector("#jp-root > span").textContent; return s !== `+jsString(before)+` && /, \d\d:\d\d:\d\d$/.test(s) })()`))
}

// JustPy's clock_test: one shared page ticking in every tab; closing a tab
// leaves the others ticking.
func TestClockInSeveralTabs(t *testing.T) {
	srv := startExample(t, "pushing_data/clock_test")
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(srv.URL), waitConnected())
	tab, closeTab := newTab(t, browser)
	run(t, tab, chromedp.Navigate(srv.URL), waitConnected())
	other := newBrowser(t) // another person
	run(t, other, chromedp.Navigate(srv.URL), waitConnected())
	waitTick(t, browser)
	waitTick(t, tab)
	waitTick(t, other)
	closeTab()
	waitTick(t, browser)
	waitTick(t, other)
}

// JustPy's message_demo: a message sent in one tab shows in the others.
func TestMessageBoardInSeveralTabs(t *testing.T) {
	srv := startExample(t, "message_demo")
	alice, bob := newBrowser(t), newBrowser(t)
	run(t, alice, chromedp.Navigate(srv.URL), waitConnected(), waitBodyHas("Welcome to the simple message board!"))
	run(t, bob, chromedp.Navigate(srv.URL), waitConnected())
	run(t, alice, click("textarea"), typeInto("textarea", "Hello Bob"), click("button"),
		waitBodyHas("Hello Bob"), waitJS(`document.querySelector("textarea").value === ""`))
	run(t, bob, waitBodyHas("Hello Bob"), click("textarea"), typeInto("textarea", "Hi Alice"), click("button"))
	run(t, alice, waitBodyHas("Hi Alice"))
	// The newest message is first.
	first := textOf(t, alice, `pre`)
	if first != "Hi Alice" {
		t.Errorf("first message %q", first)
	}
}

// JustPy's joint_edit: what one tab types shows in the other.
func TestJointEditInTwoTabs(t *testing.T) {
	srv := startExample(t, "pushing_data/joint_edit")
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(srv.URL), waitConnected())
	tab, _ := newTab(t, browser)
	run(t, tab, chromedp.Navigate(srv.URL), waitConnected())
	run(t, browser, click("textarea"), typeInto("textarea", "written in the first tab"))
	run(t, tab, waitJS(`document.querySelector("textarea").value === "written in the first tab"`),
		click("textarea"), chromedp.Poll[chromedp.Void](`(document.querySelector("textarea").setSelectionRange(99, 99), true)`),
		typeInto("textarea", ", and the second"))
	run(t, browser, waitJS(`document.querySelector("textarea").value === "written in the first tab, and the second"`))
}
