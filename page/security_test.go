package page_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

func TestSafeURL(t *testing.T) {
	for u, want := range map[string]bool{
		"":                         true,
		"/path":                    true,
		"page?q=1":                 true,
		"#frag":                    true,
		"?q":                       true,
		"./a:b":                    true, // a colon after a slash is no scheme
		"1a:b":                     true, // nor after a leading digit
		"//cdn.example/x.js":       true, // another host, but no script: see LeavesApp
		"http://example.com/":      true,
		"HTTPS://example.com/":     true,
		"mailto:someone@example":   true,
		"tel:+1-555-0100":          true,
		"javascript:alert(1)":      false,
		"JavaScript:alert(1)":      false,
		" javascript:alert(1)":     false,
		"\x00\x01javascript:x":     false,
		"\njavascript:x":           false,
		"java\tscript:alert(1)":    false, // browsers drop tabs and newlines anywhere
		"java\nscript:alert(1)":    false,
		"jav\rascript:alert(1)":    false,
		"vbscript:msgbox":          false,
		"data:text/html,<script>":  false,
		"data:image/png;base64,AA": false, // only src takes data:image/
		"file:///etc/passwd":       false,
		"blob:https://x/1":         false,
	} {
		if got := page.SafeURL(u); got != want {
			t.Errorf("SafeURL(%q) = %v, want %v", u, got, want)
		}
	}
}

func TestLeavesApp(t *testing.T) {
	for u, want := range map[string]bool{
		"/login":              false,
		"login":               false,
		"?q=1":                false,
		"#top":                false,
		"":                    false,
		"/a//b":               false,
		"//evil.example":      true,
		`/\evil.example`:      true,
		`\\evil.example`:      true,
		`\/evil.example`:      true,
		" //evil.example":     true,
		"/\t/evil.example":    true,
		"https://example.com": true,
		"http:evil.example":   true,
		"javascript:alert(1)": true,
		"mailto:x@example":    true,
	} {
		if got := page.LeavesApp(u); got != want {
			t.Errorf("LeavesApp(%q) = %v, want %v", u, got, want)
		}
	}
}

// attrsCases are attributes set with Attr: those marked false are never
// written, at first paint or in a patch.
var attrsCases = []struct {
	name, value string
	written     bool
}{
	{"onclick", "alert(1)", false},
	{"OnMouseOver", "alert(1)", false},
	{"onerror", "alert(1)", false},
	{"srcdoc", "<script>alert(1)</script>", false},
	{"href", "javascript:alert(1)", false},
	{"href", " JAVA\tSCRIPT:alert(1)", false},
	{"href", "data:text/html,<script>alert(1)</script>", false},
	{"HREF", "javascript:alert(1)", false},
	{"xlink:href", "javascript:alert(1)", false},
	{"action", "javascript:alert(1)", false},
	{"formaction", "javascript:alert(1)", false},
	{"poster", "javascript:alert(1)", false},
	{"cite", "vbscript:x", false},
	{"background", "javascript:alert(1)", false},
	{"src", "data:text/html,<script>alert(1)</script>", false},
	{"src", "data:image/png;base64,AAAA", true},
	{"src", "/img/logo.png", true},
	{"href", "/path?q=1#frag", true},
	{"href", "https://example.com/", true},
	{"href", "mailto:a@example.com", true},
	{"title", "javascript:alert(1)", true}, // only a URL attribute is followed
	{"data-url", "javascript:alert(1)", true},
}

func TestRenderRefusesHandlersAndScriptURLs(t *testing.T) {
	for _, c := range attrsCases {
		el := component.A(component.Attr(c.name, c.value))
		got := page.RenderHTML(el)
		if written := strings.Contains(got, " "+c.name+"="); written != c.written {
			t.Errorf("%s=%q: %s", c.name, c.value, got)
		}
	}
}

func TestUnsafeAttrIsWrittenAsGiven(t *testing.T) {
	el := component.A(component.UnsafeAttr("onclick", "go()"), component.UnsafeAttr("href", "javascript:void(0)"))
	got := page.RenderHTML(el)
	if !strings.Contains(got, ` href="javascript:void(0)"`) || !strings.Contains(got, ` onclick="go()"`) || strings.Contains(got, "vouched") {
		t.Errorf("got %s", got)
	}
	// The author vouched for that value only.
	el.SetAttr("href", "javascript:steal()")
	el.SetAttr("onclick", "steal()")
	if got := page.RenderHTML(el); strings.Contains(got, "steal") || strings.Contains(got, "href") || strings.Contains(got, "onclick") {
		t.Errorf("another value got through: %s", got)
	}
	// Nor can it vouch for what would break out of the tag or JustGo's own.
	el = component.A(component.UnsafeAttr(`x" onclick="y`, "1"), component.UnsafeAttr("data-jp", "forged"))
	if got := page.RenderHTML(el); strings.Contains(got, "onclick") || strings.Contains(got, "forged") {
		t.Errorf("got %s", got)
	}
}

func TestPatchesRefuseHandlersAndScriptURLs(t *testing.T) {
	for _, c := range attrsCases {
		wp := page.NewWebPage()
		d := component.Div(component.In(wp))
		a := component.A(component.Href("/start"), component.In(wp))
		rec := attach(t, wp)
		msgs := change(wp, rec, func() {
			d.SetAttr(c.name, c.value)                             // a change to an element the browser has
			d.Add(component.Span(component.Attr(c.name, c.value))) // and a new element
			a.SetAttr(strings.ToLower(c.name), c.value)            // a written attribute set to the value
		})
		all := strings.Join(msgs, "\n")
		if sent := strings.Contains(all, `"`+c.name+`":"`); sent != c.written {
			t.Errorf("%s=%q: %s", c.name, c.value, all)
		}
		if strings.ToLower(c.name) == "href" && !c.written && !strings.Contains(all, `"attrs":{"href":null}`) {
			t.Errorf("href=%q: the browser keeps the old href: %s", c.value, all)
		}
	}
}

func TestPatchesSendUnsafeAttrs(t *testing.T) {
	wp := page.NewWebPage()
	d := component.Div(component.Attr("onclick", "go()"), component.In(wp))
	rec := attach(t, wp)
	ops := func(msgs []string) string {
		t.Helper()
		if len(msgs) != 1 {
			t.Fatalf("got %q", msgs)
		}
		var m struct{ Ops json.RawMessage }
		json.Unmarshal([]byte(msgs[0]), &m)
		return strings.ReplaceAll(string(m.Ops), d.Ref(), "D")
	}
	// Vouching for the value already there sends it at last.
	if got := ops(change(wp, rec, func() { d.SetUnsafeAttr("onclick", "go()") })); got != `[{"id":"D","attrs":{"onclick":"go()"}}]` {
		t.Errorf("vouched: %s", got)
	}
	if got := ops(change(wp, rec, func() { d.Add(component.A(component.UnsafeAttr("href", "javascript:go()"))) })); !strings.Contains(got, `"attrs":{"href":"javascript:go()"}`) {
		t.Errorf("new element: %s", got)
	}
	// Another value is checked again: the handler goes.
	if got := ops(change(wp, rec, func() { d.Attrs["onclick"] = "steal()" })); got != `[{"id":"D","attrs":{"onclick":null}}]` {
		t.Errorf("another value: %s", got)
	}
}

// rogue is a Component implemented outside package component, which may
// return any tag.
type rogue struct {
	id, tag string
	props   page.Props
}

func (r *rogue) Ref() string                  { return r.id }
func (r *rogue) Tag() string                  { return r.tag }
func (r *rogue) Properties() *page.Props      { return &r.props }
func (r *rogue) Components() []page.Component { return nil }
func (r *rogue) Events() []string             { return nil }
func (r *rogue) HandleEvent(*page.Msg) error  { return nil }

func TestRenderRefusesInvalidTags(t *testing.T) {
	for _, c := range []page.Component{
		&rogue{id: "r1", tag: "img src=x onerror=alert(1)", props: page.Props{Show: true}},
		&rogue{id: "r2", tag: "div><script>alert(1)</script", props: page.Props{Show: true}},
		&rogue{id: "r3", tag: "", props: page.Props{Show: true}},
		&rogue{id: "--><script>alert(1)</script>", tag: "#text", props: page.Props{Show: true, Text: "t"}},
	} {
		d := component.Div(component.Children(c, component.P(component.Text("after"))))
		got := page.RenderHTML(d)
		place := "<!--jp:" + c.Ref() + "-->" // an empty text node, as the diff sends it
		if strings.Contains(c.Ref(), ">") {
			place = "" // an id that would end the comment: nothing at all
		}
		want := `<div data-jp="` + d.Ref() + `">` + place + `<p data-jp="` + d.Components()[1].Ref() + `">after</p></div>`
		if got != want {
			t.Errorf("tag %q id %q:\ngot  %s\nwant %s", c.Tag(), c.Ref(), got, want)
		}
	}
}

func TestValidTag(t *testing.T) {
	for tag, want := range map[string]bool{
		"div": true, "H1": true, "wa-button": true, "foreignObject": true, "x1": true,
		"": false, "1x": false, "-x": false, "#text": false, "a b": false, "a>": false, `a"`: false,
		"svg:rect": true, "a_b": true, "img/": false, "é": false,
	} {
		if got := page.ValidTag(tag); got != want {
			t.Errorf("ValidTag(%q) = %v", tag, got)
		}
	}
}

// The names JustGo and Props own are refused in any case: the browser
// reads DATA-JP as data-jp.
func TestOwnAttributeNamesInAnyCase(t *testing.T) {
	in := component.Input(component.Attr("DATA-JP", "forged"), component.Attr("Data-Jp-On", "click"), component.Attr("CLASS", "x"),
		component.Attr("Style", "x"), component.Attr("HIDDEN", ""), component.Attr("Checked", ""), component.Attr("VALUE", "x"))
	if got, want := page.RenderHTML(in), `<input data-jp="`+in.Ref()+`">`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
