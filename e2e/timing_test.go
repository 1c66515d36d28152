package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	jp "github.com/justgo/justgo"
)

// fakeClock replaces the page's timers before the client starts: time
// stands still until the test calls __advance(ms), which runs the timers
// due by then, in order. The debounce and throttle timing is then exact.
const fakeClock = `<script>
(function () {
  var now = 0, timers = [], last = 0;
  window.setTimeout = function (fn, ms) { var t = { id: ++last, at: now + (ms || 0), fn: fn }; timers.push(t); return t.id; };
  window.clearTimeout = function (id) { timers = timers.filter(function (t) { return t.id !== id; }); };
  window.__advance = function (ms) {
    var end = now + ms;
    for (;;) {
      timers.sort(function (a, b) { return a.at - b.at || a.id - b.id; });
      var t = timers[0];
      if (!t || t.at > end) break;
      timers.shift();
      now = t.at;
      t.fn();
    }
    now = end;
  };
})();
</script>`

// timedPage has an input for each way of sending events; each handler
// counts its calls and shows the value it saw.
func timedPage(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.HeadHTML = fakeClock
	add := func(id string, opts ...jp.EventOpt) {
		out := jp.Div(jp.ID(id+"-out"), jp.Text("0"), jp.In(wp))
		calls := 0
		jp.Input(jp.ID(id), jp.In(wp), jp.On("input", func(self *jp.Element, _ *jp.Msg) error {
			calls++
			out.Text = fmt.Sprintf("%d %s", calls, self.Value)
			return nil
		}, opts...))
	}
	pong := jp.Div(jp.ID("pong"), jp.Text("0"), jp.In(wp))
	pings := 0
	jp.Button(jp.ID("ping"), jp.Text("ping"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) error {
		pings++
		pong.Text = fmt.Sprint(pings)
		return nil
	}))
	add("debounce", jp.Debounce(300e6))
	add("immediate", jp.Debounce(300e6), jp.Immediate())
	add("throttle", jp.Throttle(1000e6))
	return wp
}

func TestDebounceThrottleWithAFakeClock(t *testing.T) {
	url := serveApp(t, timedPage)
	tab := newBrowser(t)
	advance := func(ms int) action { return chromedp.Evaluate[chromedp.Void](fmt.Sprintf("__advance(%d)", ms)) }
	// settled reads a handler's output once the server has answered all
	// the browser sent before: a ping's answer comes after theirs.
	pings := 0
	settled := func(id string) string {
		t.Helper()
		pings++
		run(t, tab, chromedp.Evaluate[chromedp.Void](`document.getElementById("ping").click()`), waitText("#pong", fmt.Sprint(pings)))
		return textOf(t, tab, "#"+id+"-out")
	}
	run(t, tab, chromedp.Navigate(url), waitConnected())

	// Debounce: nothing until the input has been quiet for 300 ms, then one
	// call with everything typed.
	run(t, tab, click("#debounce"), typeInto("#debounce", "abc"), advance(299))
	if got := settled("debounce"); got != "0" {
		t.Errorf("debounced before the quiet: %q", got)
	}
	run(t, tab, typeInto("#debounce", "d"), advance(299))
	if got := settled("debounce"); got != "0" {
		t.Errorf("a key did not restart the quiet: %q", got)
	}
	run(t, tab, advance(1), waitText("#debounce-out", "1 abcd"))

	// Immediate: the first key at once, the rest once quiet.
	run(t, tab, click("#immediate"), typeInto("#immediate", "x"), waitText("#immediate-out", "1 x"),
		typeInto("#immediate", "yz"), advance(300), waitText("#immediate-out", "2 xyz"))

	// Throttle: the first at once, then the latest once a second.
	run(t, tab, click("#throttle"), typeInto("#throttle", "12345"), waitText("#throttle-out", "1 1"), advance(999))
	if got := settled("throttle"); got != "1 1" {
		t.Errorf("throttled early: %q", got)
	}
	run(t, tab, advance(1), waitText("#throttle-out", "2 12345"), advance(5000))
	if got := settled("throttle"); !strings.HasPrefix(got, "2 ") {
		t.Errorf("a quiet throttle sent again: %q", got)
	}
}
