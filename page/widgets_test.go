package page_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

var (
	inputCtl  = &page.Control{Value: "value", Events: []string{"input", "change"}}
	selectCtl = &page.Control{Value: "value", Multiple: true, Events: []string{"change"}}
	dialogCtl = &page.Control{Props: []string{"open"}, Events: []string{"wa-after-show", "wa-after-hide"}}
)

// A first paint declares the control and carries the DOM properties HTML
// cannot; a change of one property sends that property alone.
func TestPropsAndControlsGolden(t *testing.T) {
	wp := page.NewWebPage()
	dlg := component.Tag("wa-dialog", component.AsControl(dialogCtl), component.Prop("open", false), component.In(wp))
	html := page.RenderHTML(dlg)
	for _, want := range []string{
		`data-jp-control="{&#34;events&#34;:[&#34;wa-after-show&#34;,&#34;wa-after-hide&#34;],&#34;props&#34;:[&#34;open&#34;]}"`,
		`data-jp-props="{&#34;open&#34;:false}"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("no %s in %s", want, html)
		}
	}
	rec := attach(t, wp)
	msgs := change(wp, rec, func() { dlg.SetProp("open", true) })
	want := `{"t":"patch","ack":0,"v":2,"ops":[{"id":"` + dlg.Ref() + `","props":{"open":true}}]}`
	if len(msgs) != 1 || msgs[0] != want {
		t.Errorf("got  %q\nwant %s", msgs, want)
	}
	if msgs := change(wp, rec, func() { dlg.SetProp("open", true) }); len(msgs) != 0 {
		t.Errorf("the same value sent %q", msgs)
	}
	// A new element travels whole: its control among its attributes, its properties beside them.
	var in *component.Element
	msgs = change(wp, rec, func() {
		in = component.Tag("wa-input", component.AsControl(inputCtl), component.Prop("items", []string{"a", "b"}), component.In(wp))
	})
	want = `{"t":"patch","ack":0,"v":3,"ops":[{"id":"","kids":["` + dlg.Ref() + `",{"id":"` + in.Ref() +
		`","tag":"wa-input","attrs":{"data-jp-control":"{\"value\":\"value\",\"events\":[\"input\",\"change\"]}"},"props":{"items":["a","b"]}}]}]}`
	if len(msgs) != 1 || msgs[0] != want {
		t.Errorf("got  %q\nwant %s", msgs, want)
	}
	// Removing a property sets it to null.
	msgs = change(wp, rec, func() { delete(in.DOMProps, "items") })
	if want := `"props":{"items":null}`; len(msgs) != 1 || !strings.Contains(msgs[0], want) {
		t.Errorf("got %q, want %s", msgs, want)
	}
}

// Calls go after the ops, once each, in order; with a request id.
func TestCallsGolden(t *testing.T) {
	wp := page.NewWebPage()
	toast := component.Tag("wa-toast", component.In(wp))
	rec := attach(t, wp)
	msgs := change(wp, rec, func() {
		toast.Call("create", "Saved", map[string]any{"variant": "success"})
		toast.RequestCall("r1", "getBoundingClientRect")
		toast.Text = "x"
	})
	want := `{"t":"patch","ack":0,"v":2,"ops":[{"id":"` + toast.Ref() + `","text":"x"}],"calls":[{"id":"` + toast.Ref() +
		`","m":"create","args":["Saved",{"variant":"success"}]},{"id":"` + toast.Ref() + `","m":"getBoundingClientRect","rid":"r1"}]}`
	if len(msgs) != 1 || msgs[0] != want {
		t.Errorf("got  %q\nwant %s", msgs, want)
	}
	if msgs := change(wp, rec, func() {}); len(msgs) != 0 {
		t.Errorf("a call sent twice: %q", msgs)
	}
	// A call made on an element added in the same update follows its node.
	msgs = change(wp, rec, func() {
		d := component.Tag("wa-dialog", component.In(wp))
		d.Call("focus")
	})
	if len(msgs) != 1 || !strings.Contains(msgs[0], `"tag":"wa-dialog"`) || !strings.Contains(msgs[0], `"calls":[{"id":`) {
		t.Errorf("got %q", msgs)
	}
	// Values JSON cannot carry are refused, not sent.
	msgs = change(wp, rec, func() { toast.Call("create", func() {}); toast.SetProp("bad", make(chan int)) })
	if len(msgs) != 0 {
		t.Errorf("sent %q", msgs)
	}
}

// A declared control's value, values and reported properties reach the
// model and the handler, and are not echoed back to the browser that
// reported them; properties its Control does not name are refused.
func TestCustomControlReports(t *testing.T) {
	wp := page.NewWebPage()
	in := component.Tag("wa-input", component.AsControl(inputCtl), component.In(wp))
	sel := component.Tag("wa-select", component.AsControl(selectCtl), component.In(wp))
	dlg := component.Tag("wa-dialog", component.AsControl(dialogCtl), component.Prop("open", true), component.In(wp))
	var got *page.Msg
	sel.On("change", func(_ *component.Element, m *page.Msg) error { got = m; return nil })
	dlg.On("wa-after-hide", func(_ *component.Element, m *page.Msg) error { got = m; return nil })
	rec := attach(t, wp)
	send := func(m *wire.ClientMsg) {
		t.Helper()
		if err := wp.Handle(rec, "s1", "c", m); err != nil {
			t.Fatal(err)
		}
	}
	send(&wire.ClientMsg{N: 1, Type: wire.TypeValue, ID: in.Ref(), Value: str("Ada")})
	send(&wire.ClientMsg{N: 2, Type: wire.TypeEvent, ID: sel.Ref(), Event: "change", Value: str("Apple"), Values: []string{"Apple", "Cherry"}})
	if in.Value != "Ada" || got == nil || strings.Join(got.Values, ",") != "Apple,Cherry" {
		t.Fatalf("value %q, msg %+v", in.Value, got)
	}
	if v, _ := sel.Prop("value").([]string); strings.Join(v, ",") != "Apple,Cherry" {
		t.Errorf("the select's values: %v", sel.Prop("value"))
	}
	send(&wire.ClientMsg{N: 3, Type: wire.TypeEvent, ID: dlg.Ref(), Event: "wa-after-hide",
		Props:  map[string]json.RawMessage{"open": json.RawMessage("false"), "innerHTML": json.RawMessage(`"<b>x</b>"`)},
		Detail: json.RawMessage(`{"source":"` + dlg.Ref() + `","n":2}`)})
	if dlg.Prop("open") != false || dlg.Prop("innerHTML") != nil {
		t.Errorf("dialog props %v", dlg.DOMProps)
	}
	if d, ok := got.Detail.(map[string]any); !ok || d["source"] != dlg.Ref() || d["n"] != 2.0 {
		t.Errorf("detail %#v", got.Detail)
	}
	if msgs := rec.take(); len(msgs) != 0 {
		t.Errorf("what the browser reported came back: %q", msgs)
	}
	// The server can open it again.
	if msgs := change(wp, rec, func() { dlg.SetProp("open", true) }); len(msgs) != 1 || !strings.Contains(msgs[0], `"props":{"open":true}`) {
		t.Errorf("reopening sent %q", msgs)
	}
}

// An element whose tag names a library makes the page link its files:
// in the first paint, or once in the patch that brings the first one.
func TestLibrariesLoadedOnce(t *testing.T) {
	wp := page.NewWebPage()
	component.Div(component.In(wp))
	lib := []wire.Asset{{Kind: wire.AssetModule, URL: "/lib/wa.js"}}
	wp.LinkLibraries(func(tag string) []wire.Asset {
		if strings.HasPrefix(tag, "wa-") {
			return lib
		}
		return nil
	})
	rec := attach(t, wp)
	if len(wp.DocumentAssets()) != 0 {
		t.Errorf("a page without widgets links %v", wp.DocumentAssets())
	}
	msgs := change(wp, rec, func() { component.Tag("wa-button", component.In(wp)); component.Tag("wa-input", component.In(wp)) })
	if len(msgs) != 1 || strings.Count(msgs[0], `"load":[{"k":"module","url":"/lib/wa.js"}]`) != 1 {
		t.Errorf("got %q", msgs)
	}
	if msgs := change(wp, rec, func() { component.Tag("wa-switch", component.In(wp)) }); len(msgs) != 1 || strings.Contains(msgs[0], "load") {
		t.Errorf("loaded twice: %q", msgs)
	}
	first := page.NewWebPage()
	component.Tag("wa-button", component.In(first))
	first.LinkLibraries(func(string) []wire.Asset { return lib })
	attach(t, first)
	if got := first.DocumentAssets(); len(got) != 1 || got[0] != lib[0] {
		t.Errorf("first paint links %v", got)
	}
}

// Event names may hold the modifier separator; modifiers are the parts
// that name one.
func TestEventNamesWithColons(t *testing.T) {
	for entry, want := range map[string]string{
		"update:open":                  "update:open",
		"update:open:debounce=300":     "update:open",
		"wa-tab-show:throttle=100":     "wa-tab-show",
		"input:debounce=300:immediate": "input",
		"a:b:c":                        "a:b:c",
	} {
		if got := wire.EventName(entry); got != want {
			t.Errorf("%s: %s, want %s", entry, got, want)
		}
	}
	if !wire.HasModifier("update:open:debounce=300", wire.ModDebounce) || wire.HasModifier("update:open", "open") {
		t.Error("HasModifier")
	}
}

// A detail over the cap, or one that is not JSON, reaches the handler as
// nil; the event itself is handled.
func TestDetailOverTheCap(t *testing.T) {
	wp := page.NewWebPage()
	el := component.Tag("my-widget", component.In(wp))
	var got []any
	el.On("pick", func(_ *component.Element, m *page.Msg) error { got = append(got, m.Detail); return nil })
	rec := attach(t, wp)
	big := `"` + strings.Repeat("x", wire.MaxDetailBytes) + `"`
	for i, d := range []string{big, `{"broken"`} {
		if err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: uint64(i + 1), Type: wire.TypeEvent, ID: el.Ref(), Event: "pick", Detail: json.RawMessage(d)}); err != nil {
			t.Fatal(err)
		}
	}
	if len(got) != 2 || got[0] != nil || got[1] != nil {
		t.Errorf("details %v", got)
	}
}

// Calls made while no browser had the page wait for one; when it gets the
// page whole (a resync), the calls that only bring elements up to date are
// in it already and are not sent again; the others are.
func TestResyncDropsUpdateCalls(t *testing.T) {
	wp := page.NewWebPage()
	el := component.Tag("jp-thing", component.In(wp))
	reg, v := paintServed(t, wp)
	wp.DoWait(func() {
		el.Text = "changed" // the browser's version is stale now
		el.CallUpdate("jpAppend", 1)
		el.Call("focus")
	})
	rec := &recorder{}
	if _, err := reg.Attach(wp.ID(), "s1", "", rec, v); err != nil {
		t.Fatal(err)
	}
	wp.Settle()
	wp.Settle()
	all := strings.Join(rec.take(), "\n")
	if strings.Contains(all, "jpAppend") || !strings.Contains(all, `"m":"focus"`) || !strings.Contains(all, "changed") {
		t.Errorf("sent %s", all)
	}
}

// A page changed before its first request (a shared page built at start)
// still links the libraries of its elements in its first paint.
func TestLibrariesOfAPageChangedBeforeItsFirstPaint(t *testing.T) {
	wp := page.NewWebPage()
	wp.Keep = true
	reg := page.NewRegistry(time10m)
	t.Cleanup(reg.Close)
	reg.Serve(wp, "s1")
	wp.DoWait(func() { component.Tag("jp-thing", component.In(wp)) }) // the diff meets it with no libraries linked
	lib := []wire.Asset{{Kind: wire.AssetScript, URL: "/thing.js"}}
	wp.LinkLibraries(func(string) []wire.Asset { return lib })
	if _, err := wp.Render(&strings.Builder{}); err != nil {
		t.Fatal(err)
	}
	if got := wp.DocumentAssets(); len(got) != 1 || got[0] != lib[0] {
		t.Errorf("first paint links %v", got)
	}
}
