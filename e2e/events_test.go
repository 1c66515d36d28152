package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	jp "github.com/justgo/justgo"
)

// spySocket keeps every message the page sends, before the client starts.
const spySocket = `<script>
window.__sent = [];
var send = WebSocket.prototype.send;
WebSocket.prototype.send = function (d) { window.__sent.push(JSON.parse(d)); return send.call(this, d); };
</script>`

// Every kind of event reaches its handler, keyboard events with their key
// and modifier keys; an event an element does not listen for is never sent.
func TestEventTypes(t *testing.T) {
	url := serveApp(t, func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		wp.HeadHTML = spySocket
		log := jp.Div(jp.ID("log"), jp.In(wp))
		note := func(self *jp.Element, msg *jp.Msg) error {
			entry := msg.EventType
			if k := msg.KeyData; k != nil {
				entry += fmt.Sprintf(":%s/%s", k.Key, k.Code)
				if k.ShiftKey {
					entry += "+shift"
				}
			}
			log.Text = strings.TrimSpace(log.Text + " " + entry)
			return nil
		}
		box := jp.Div(jp.ID("box"), jp.Text("box"), jp.Attr("tabindex", "0"), jp.Style("width: 200px; height: 80px"), jp.In(wp))
		for _, ev := range []string{"dblclick", "mouseover", "mouseout", "focus", "blur", "keydown", "keyup", "keypress"} {
			box.On(ev, note)
		}
		jp.Div(jp.ID("quiet"), jp.Text("quiet"), jp.Style("width: 200px; height: 80px"), jp.In(wp), jp.On("click", note))
		return wp
	})
	tab := newBrowser(t)
	logHas := func(entry string) action {
		return waitJS(`(" " + document.getElementById("log").textContent + " ").includes(" ` + entry + ` ")`)
	}
	run(t, tab, chromedp.Navigate(url), waitConnected(), mouseAt(600, 500),
		mouseTo("#box"), logHas("mouseover"), mouseAt(600, 500), logHas("mouseout"),
		chromedp.DoubleClick(chromedp.CSS("#box")), logHas("dblclick"), logHas("focus"),
		chromedp.KeyEvent("B", chromedp.KeyModifiers(chromedp.ModifierShift)), logHas("keydown:B/KeyB+shift"),
		logHas("keypress:B/KeyB+shift"), logHas("keyup:B/KeyB+shift"),
		chromedp.Blur(chromedp.CSS("#box")), logHas("blur"))
	// Over the quiet div the mouse moves and clicks: only the click goes.
	run(t, tab, mouseTo("#quiet"), mouseAt(600, 500), mouseTo("#quiet"), click("#quiet"), logHas("click"))
	quiet := get(t, tab, chromedp.Evaluate[[]string](
		`window.__sent.filter(m => m.t === "ev" && m.id === document.getElementById("quiet").getAttribute("data-jp")).map(m => m.ev)`))
	if strings.Join(quiet, " ") != "click" {
		t.Errorf("the quiet div sent %v", quiet)
	}
	// The box's events went, and nothing it does not listen for.
	sent := get(t, tab, chromedp.Evaluate[[]string](
		`Array.from(new Set(window.__sent.filter(m => m.t === "ev" && m.id === document.getElementById("box").getAttribute("data-jp")).map(m => m.ev))).sort()`))
	if got := strings.Join(sent, " "); got != "blur dblclick focus keydown keypress keyup mouseout mouseover" {
		t.Errorf("the box sent %s", got)
	}
}
