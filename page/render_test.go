package page_test

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

func TestRenderHTML(t *testing.T) {
	b := component.Button(component.Text(`<Click & "me">`), component.Classes("m-1"), component.Style("color: red"),
		component.Attr("title", `say "hi"`), component.Attr(`bad" onclick="x`, "y"))
	b.On("click", func(*component.Element, *page.Msg) error { return nil })
	d := component.Div(component.Show(false), component.Children(b,
		component.Input(component.Value(`a"b`), component.Type("text")),
		component.Textarea(component.Value("\nline")),
		component.TextNode("tail & more"),
	))
	want := `<div data-jp="` + d.Ref() + `" hidden>` +
		`<button data-jp="` + b.Ref() + `" data-jp-on="click" class="m-1" style="color: red" title="say &#34;hi&#34;">&lt;Click &amp; &#34;me&#34;&gt;</button>` +
		`<input data-jp="` + d.Components()[1].Ref() + `" type="text" value="a&#34;b">` +
		`<textarea data-jp="` + d.Components()[2].Ref() + `">` + "\n\nline</textarea>" +
		`<!--jp:` + d.Components()[3].Ref() + `-->tail &amp; more</div>`
	if got := page.RenderHTML(d); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestInnerHTMLIsRaw(t *testing.T) {
	d := component.Div(component.Text("ignored"), component.InnerHTML("<b>bold</b>"))
	if got := page.RenderHTML(d); !strings.Contains(got, "><b>bold</b></div>") || strings.Contains(got, "ignored") {
		t.Errorf("got %s", got)
	}
}

func TestRenderPageVersion(t *testing.T) {
	wp := page.NewWebPage()
	d := component.P(component.Text("x"), component.In(wp))
	var b strings.Builder
	v, err := wp.Render(&b)
	if err != nil || v != 1 || b.String() != `<p data-jp="`+d.Ref()+`">x</p>` {
		t.Fatalf("v=%d err=%v html=%s", v, err, b.String())
	}
	b.Reset()
	if v, _ := wp.Render(&b); v != 1 {
		t.Errorf("an unchanged page moved to version %d", v)
	}
	d.Text = "y"
	if v, _ := wp.Render(&b); v != 2 {
		t.Errorf("a changed page stayed at version %d", v)
	}
}
