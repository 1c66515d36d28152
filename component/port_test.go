package component

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/page"
)

func TestTextf(t *testing.T) {
	if d := Div(Textf("Number of visits: %d <%s>", 3, "b")); d.Text != "Number of visits: 3 <b>" {
		t.Errorf("text %q", d.Text)
	}
	if got := page.RenderHTML(Span(Textf("%s", "<b>"))); !strings.Contains(got, "&lt;b&gt;") {
		t.Errorf("Textf not escaped: %s", got)
	}
}

func TestRemoveClass(t *testing.T) {
	e := Div(Classes("m-2 hidden  p-2 hidden"))
	if !e.HasClass("hidden") || e.HasClass("hid") {
		t.Error("HasClass")
	}
	e.RemoveClass("hidden")
	if e.Classes != "m-2 p-2" || e.HasClass("hidden") {
		t.Errorf("classes %q", e.Classes)
	}
	e.RemoveClass("absent m-2")
	if e.Classes != "p-2" {
		t.Errorf("classes %q", e.Classes)
	}
	e.RemoveClass("p-2")
	if e.Classes != "" {
		t.Errorf("classes %q", e.Classes)
	}
}

func TestWithStateBindsChildren(t *testing.T) {
	st := page.State{"text": "hi"}
	d := Div(WithState(st))
	in := Input(Model(d, "text"), In(d))
	if d.State["text"] != "hi" || d.ModelState()["text"] != "hi" {
		t.Fatalf("state %v", d.State)
	}
	in.ModelUpdate()
	if in.Value != "hi" {
		t.Errorf("bound input shows %q", in.Value)
	}
	st["text"] = "changed" // the element's map, not a copy
	in.ModelUpdate()
	if in.Value != "changed" {
		t.Errorf("bound input shows %q", in.Value)
	}
}

func TestFocusTransitionAndDraggableAttributes(t *testing.T) {
	in := Input(SetFocus(true))
	if _, ok := in.Attrs["autofocus"]; !ok {
		t.Fatal("SetFocus(true) wrote no autofocus")
	}
	if html := page.RenderHTML(in); !strings.Contains(html, ` autofocus=""`) {
		t.Errorf("first paint: %s", html)
	}
	in.SetFocus(false)
	if _, ok := in.Attrs["autofocus"]; ok {
		t.Error("SetFocus(false) kept autofocus")
	}
	d := Div(WithTransition(Transition{Load: "transition duration-300", LoadStart: "opacity-0", LoadEnd: " opacity-100 ", Leave: " "}))
	if got := d.Attr("data-transition"); got != `{"load":"transition duration-300","load_end":"opacity-100","load_start":"opacity-0"}` {
		t.Errorf("transition %s", got)
	}
	d.SetTransition(Transition{})
	if _, ok := d.Attrs["data-transition"]; ok {
		t.Error("the zero Transition kept the attribute")
	}
	img := Img(Draggable("text-white bg-red-500"))
	if img.Attr("draggable") != "true" || img.Attr("data-drag-classes") != "text-white bg-red-500" {
		t.Errorf("draggable %v", img.Attrs)
	}
	if html := page.RenderHTML(img); !strings.Contains(html, `data-drag-classes="text-white bg-red-500"`) {
		t.Errorf("first paint: %s", html)
	}
}
