package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

// The protocol tests (golden replay, random changes) drive the real client
// and compare the DOM it makes with what a fresh server render of the same
// page state parses to, in the same browser.

// captureJS runs before the client in every document of the tab: it keeps
// each websocket message the client receives (window.__jpSeen) and each
// socket (window.__jpSockets); with window.__jpOffline set, the client's
// connections go to a path that refuses them.
var captureJS = fmt.Sprintf(`(function () {
  var Real = window.WebSocket;
  window.__jpSeen = []; window.__jpSockets = []; window.__jpOffline = false;
  function Capturing(url, protocols) {
    if (window.__jpOffline) url = url.replace(%q, %q);
    var ws = protocols === undefined ? new Real(url) : new Real(url, protocols);
    ws.addEventListener("message", function (e) { window.__jpSeen.push(e.data); });
    window.__jpSockets.push(ws);
    return ws;
  }
  Capturing.prototype = Real.prototype;
  ["CONNECTING", "OPEN", "CLOSING", "CLOSED"].forEach(function (k) { Capturing[k] = Real[k]; });
  window.WebSocket = Capturing;
})()`, wire.PathWS+"?", wire.Prefix+"offline?")

// snapshotJS serializes the children of an element in a normalized way
// (tags, ids, attributes sorted, events, values, text), for the live page
// (#jp-root as the client made it) and for a fresh render parsed apart,
// whose text markers it reads as the client does at load.
var snapshotJS = fmt.Sprintf(`(function (fresh) {
  var ID = %q, ON = %q, EVSEP = %q, SEP = %q, MARK = %q, ROOT = %q;
  function kids(el, live) {
    var out = [], pending = null;
    el.childNodes.forEach(function (c) {
      if (c.nodeType === 8) {
        if (!live && c.data.lastIndexOf(MARK, 0) === 0) {
          if (pending !== null) out.push({ id: pending, text: "" });
          pending = c.data.slice(MARK.length);
        }
        return;
      }
      if (c.nodeType === 3) {
        var id = live ? c.__jp : pending;
        pending = null;
        out.push(id === undefined || id === null ? { text: c.data } : { id: id, text: c.data });
        return;
      }
      if (c.nodeType !== 1) return;
      if (pending !== null) { out.push({ id: pending, text: "" }); pending = null; }
      out.push(element(c, live));
    });
    if (pending !== null) out.push({ id: pending, text: "" });
    return out;
  }
  function element(el, live) {
    var tag = el.localName, n = { tag: tag }, attrs = {}, names = [];
    var control = tag === "input" || tag === "textarea" || tag === "select";
    var id = el.getAttribute(ID);
    if (id !== null) n.id = id;
    Array.prototype.forEach.call(el.attributes, function (a) {
      if (a.name === ID || a.name === ON) return;
      if (control && (a.name === "value" || a.name === "checked")) return;
      if (tag === "option" && a.name === "selected") return;
      names.push(a.name);
    });
    names.sort().forEach(function (k) { attrs[k] = el.getAttribute(k); });
    n.attrs = attrs;
    if (id !== null) {
      var on = live ? (el.__jpOn || []) : (el.getAttribute(ON) || "").split(EVSEP).filter(Boolean).map(function (e) { return e.split(SEP)[0]; });
      n.on = on.slice().sort().join(" ");
    }
    if (control) n.value = el.value;
    if (tag === "input" && (el.type === "checkbox" || el.type === "radio")) n.checked = el.checked;
    if (tag === "option") n.selected = el.selected;
    if (tag !== "textarea") n.kids = kids(el, live);
    return n;
  }
  var doc = new DOMParser().parseFromString("<!DOCTYPE html><body>" + fresh, "text/html");
  return JSON.stringify({
    live: kids(document.getElementById(ROOT), true),
    fresh: kids(doc.body, false)
  }, null, 1);
})`, wire.AttrID, wire.AttrOn, wire.EventSep, wire.ModSep, wire.TextMarker, wire.ElementRoot)

// domDiff compares the live page under #jp-root with html, a fresh render
// of the same state, and returns how they differ, or "".
func domDiff(ctx context.Context, html string) (string, error) {
	arg, _ := json.Marshal(html)
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](snapshotJS+"("+string(arg)+")"))
	if err != nil {
		return "", err
	}
	var both struct{ Live, Fresh json.RawMessage }
	if err := json.Unmarshal([]byte(s), &both); err != nil {
		return "", err
	}
	if string(both.Live) == string(both.Fresh) {
		return "", nil
	}
	return lineDiff(string(both.Fresh), string(both.Live)), nil
}

// waitDOM waits until the live page matches html and fails the test,
// showing the difference, if it does not within a few seconds.
func waitDOM(t *testing.T, ctx context.Context, html, what string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		diff, err := domDiff(ctx, html)
		if err == nil && diff == "" {
			return
		}
		if time.Now().After(deadline) {
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			t.Fatalf("%s: the browser's DOM differs from a fresh render (- fresh render, + browser):\n%s", what, diff)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// render is the HTML of the page's components now, as a fresh load
// writes it; it runs on the page's goroutine.
func render(wp *jp.WebPage) string {
	var b strings.Builder
	for _, c := range wp.Components() {
		b.WriteString(page.RenderHTML(c))
	}
	return b.String()
}

// newCapturingTab starts a browser whose one tab keeps the messages its
// client receives (captureJS).
func newCapturingTab(t *testing.T) context.Context {
	t.Helper()
	ctx := newBrowser(t)
	if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: captureJS}); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// awaitConns waits until the page has n connections on the server's side.
func awaitConns(t *testing.T, wp *jp.WebPage, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for wp.Connections() != n {
		if time.Now().After(deadline) {
			t.Fatalf("the page has %d connections, not %d", wp.Connections(), n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// lineDiff shows want and got line by line, marking the lines that differ
// and a few around them.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	n := max(len(w), len(g))
	line := func(l []string, i int) string {
		if i < len(l) {
			return l[i]
		}
		return ""
	}
	var b strings.Builder
	for i := range n {
		near := false
		for j := max(0, i-3); j <= min(n-1, i+3); j++ {
			near = near || line(w, j) != line(g, j)
		}
		switch {
		case line(w, i) != line(g, i):
			b.WriteString("- " + line(w, i) + "\n+ " + line(g, i) + "\n")
		case near:
			b.WriteString("  " + line(w, i) + "\n")
		}
	}
	return b.String()
}
