package htmlparse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

// The two HTML strings of JustPy's login example.
var loginFormHTML, alertHTML = readFile("testdata/login_form.html"), readFile("testdata/alert.html")

func readFile(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func TestLoginForm(t *testing.T) {
	wp := page.NewWebPage()
	f := Parse(loginFormHTML, component.In(wp), component.Classes("m-2 p-2 w-1/4"))
	if f.Tag() != "div" || f.Classes != "m-2 p-2 w-1/4" || wp.Components()[0] != f.Element {
		t.Fatalf("root %s %q", f.Tag(), f.Classes)
	}
	for _, name := range []string{"user_name", "password", "sign_in_btn"} {
		if f.NameDict[name] == nil {
			t.Errorf("NameDict lacks %s", name)
		}
	}
	pw := f.NameDict["password"]
	if pw.Tag() != "input" || pw.Attr("type") != "password" || pw.Attr("placeholder") != "******************" ||
		!strings.Contains(pw.Classes, "border-red-500") {
		t.Errorf("password input %+v", pw.Props)
	}
	btn := f.NameDict["sign_in_btn"]
	if strings.TrimSpace(btn.Text) != "Sign In" || btn.Attr("type") != "button" {
		t.Errorf("button %q", btn.Text)
	}
	label := f.Components()[0].Components()[0].Components()[0].(*component.Element)
	if label.Tag() != "label" || label.Attr("for") != "username" || strings.TrimSpace(label.Text) != "Username" {
		t.Errorf("label %s %+v", label.Tag(), label.Props)
	}
}

func TestAlertStartsHidden(t *testing.T) {
	f := Parse(alertHTML, component.Show(false))
	if f.Show || f.Attr("role") != "alert" || len(f.Components()) != 2 {
		t.Fatalf("alert %+v", f.Props)
	}
	if html := page.RenderHTML(f); !strings.Contains(html, " hidden") || !strings.Contains(html, "Password is incorrect") {
		t.Error(html)
	}
}

func TestMixedTextKeepsDocumentOrder(t *testing.T) {
	f := Parse(`<p>Hello <b>bold</b> and <i>italic</i> end</p>`)
	var parts []string
	if f.Text != "" {
		parts = append(parts, "text:"+f.Text)
	}
	for _, k := range f.Components() {
		parts = append(parts, k.Tag()+":"+k.Properties().Text)
	}
	got := strings.Join(parts, "|")
	want := "text:Hello |b:bold|#text: and |i:italic|#text: end"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestSeveralRootsAreWrapped(t *testing.T) {
	f := Parse(`text first <span>a</span><span>b</span>`)
	if f.Tag() != "div" || f.Text != "text first " || len(f.Components()) != 2 {
		t.Errorf("%s %q %d", f.Tag(), f.Text, len(f.Components()))
	}
	if e := Parse(""); e.Tag() != "div" || len(e.Components()) != 0 {
		t.Error("empty input")
	}
}

func TestRepeatedNames(t *testing.T) {
	f := Parse(`<form><input type="radio" name="size" value="s"><input type="radio" name="size" value="m" checked><input name="other"></form>`)
	all := f.NameList["size"]
	if len(all) != 2 || f.NameDict["size"] != all[0] || all[0].Value != "s" || all[1].Value != "m" || !all[1].Checked || all[0].Checked {
		t.Errorf("NameList %v", all)
	}
	if len(f.NameList["other"]) != 1 {
		t.Error("other")
	}
}

func TestSVGKeepsCase(t *testing.T) {
	f := Parse(`<svg viewBox="0 0 10 10"><linearGradient id="g"></linearGradient><circle cx="5" cy="5" r="4"/></svg>`)
	if f.Tag() != "svg" || f.Attr("viewBox") != "0 0 10 10" {
		t.Fatalf("%s %v", f.Tag(), f.Attrs)
	}
	if got := f.Components()[0].Tag(); got != "linearGradient" {
		t.Errorf("tag %q", got)
	}
}

func TestFormControls(t *testing.T) {
	f := Parse(`<div><textarea name="t">
hello</textarea><select name="s"><option value="a">A</option><option value="b" selected>B</option></select>` +
		`<option value="x">x</option><input type="checkbox" name="c" checked disabled data-role="box"></div>`)
	if v := f.NameDict["t"].Value; v != "hello" {
		t.Errorf("textarea %q", v)
	}
	if v := f.NameDict["s"].Value; v != "b" {
		t.Errorf("select %q", v)
	}
	c := f.NameDict["c"]
	if !c.Checked || c.Attr("disabled") != "" || c.Attr("data-role") != "box" {
		t.Errorf("checkbox %+v", c.Props)
	}
	if _, ok := c.Attrs["disabled"]; !ok {
		t.Error("boolean attribute lost")
	}
}

func TestMalformedHTMLIsParsedAsABrowserWould(t *testing.T) {
	f := Parse(`<div><p>one<p>two</div></span><table><td>cell`)
	html := page.RenderHTML(f)
	for _, want := range []string{">one</p>", ">two</p>", ">cell</td>"} {
		if !strings.Contains(html, want) {
			t.Errorf("%s lacks %s", html, want)
		}
	}
}

func TestRawTextElements(t *testing.T) {
	f := Parse(`<style>a > b { color: red }</style>`)
	if f.InnerHTML != "a > b { color: red }" || !strings.Contains(page.RenderHTML(f), "a > b {") {
		t.Errorf("style content %q", f.InnerHTML)
	}
}

func TestParseFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.html")
	os.WriteFile(path, []byte(alertHTML), 0o600)
	f, err := ParseFile(path)
	if err != nil || f.Attr("role") != "alert" {
		t.Fatalf("%v %v", f, err)
	}
	if _, err := ParseFile(filepath.Join(t.TempDir(), "missing.html")); err == nil {
		t.Error("missing file parsed")
	}
}

func FuzzParseHTML(f *testing.F) {
	for _, s := range []string{loginFormHTML, alertHTML, `<p>a<b>b</b>c</p>`, `<svg><g/></svg>`, `<select><option selected>x`, `<<>>`, `<textarea>x`, `<table><tr><td>1</table>`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		frag := Parse(src)
		html := page.RenderHTML(frag)
		again := Parse(html)
		if again.Element == nil {
			t.Fatal("reparse gave no element")
		}
		for name, el := range frag.NameDict {
			if el.Attr("name") != name || frag.NameList[name][0] != el {
				t.Fatalf("NameDict[%q] is inconsistent", name)
			}
		}
	})
}

// card is a custom component, made from <my-card> by cards.
type card struct {
	*component.Element
	title *component.Element
}

var cards = Makers{"My-Card": func(opts ...component.Opt) page.Component {
	c := &card{}
	c.Element = component.Make(c, "div", opts...)
	c.title = component.H2(component.Text("Card"), component.In(c))
	return c
}}

func TestMakers(t *testing.T) {
	f := cards.Parse(`<section><my-card class="m-2" name="first"><p>inside</p></my-card></section>`)
	got, ok := f.Components()[0].(*card)
	if !ok {
		t.Fatalf("got %T", f.Components()[0])
	}
	if got.Classes != "m-2" || f.NameDict["first"] != got.Element || len(got.Components()) != 2 ||
		got.Components()[0] != got.title || got.Components()[1].Tag() != "p" {
		t.Errorf("card %+v, kids %v", got.Props, got.Components())
	}
	if html := page.RenderHTML(f); !strings.Contains(html, `<h2 data-jp`) || !strings.Contains(html, `>inside</p>`) {
		t.Errorf("html %s", html)
	}
	// A custom component alone is wrapped, so the Fragment stands for it.
	if f := cards.Parse(`<my-card></my-card>`); f.Tag() != "div" || len(f.Components()) != 1 {
		t.Errorf("alone: %s with %d", f.Tag(), len(f.Components()))
	}
	// Makers belong to the parse they are given to.
	if _, ok := Parse(`<section><my-card></my-card></section>`).Components()[0].(*card); ok {
		t.Error("Parse without Makers made a card")
	}
}
