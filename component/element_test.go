package component

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/justgo/justgo/page"
)

func TestConstructorsAndOptions(t *testing.T) {
	wp := page.NewWebPage()
	in := Input(Type("text"), Name("user_name"), Placeholder("Username"), Value("v"), ID("u"), Classes("c"),
		Style("s"), Show(false), Attr("data-x", "1"), In(wp))
	if in.Tag() != "input" || in.Value != "v" || in.Classes != "c" || in.Style != "s" || in.Show ||
		in.Attr("type") != "text" || in.Attr("name") != "user_name" || in.Attr("placeholder") != "Username" ||
		in.Attr("id") != "u" || in.Attr("data-x") != "1" {
		t.Errorf("got %+v", in)
	}
	if wp.Components()[0] != in {
		t.Error("In did not add the element to the page")
	}
	a := A(Href("/x"), Text("go"))
	img := Img(Src("/i.png"))
	if a.Tag() != "a" || a.Attr("href") != "/x" || img.Attr("src") != "/i.png" || !a.Show {
		t.Error("A/Img")
	}
	if len(Tags) < 100 || !slices.Contains(Tags, "textarea") || slices.Contains(Tags, "script") {
		t.Errorf("%d tags", len(Tags))
	}
	if first, second := Div(), Div(); first.Ref() == second.Ref() {
		t.Error("ids repeat")
	}
}

func TestTreeOperations(t *testing.T) {
	parent := Div()
	a, b, c := Span(Name("a")), Span(), Span()
	parent.Add(a, b)
	parent.AddFirst(c)
	if got := parent.Components(); len(got) != 3 || got[0] != c || got[1] != a || got[2] != b {
		t.Fatalf("order %v", got)
	}
	if !parent.Remove(a) || parent.Remove(a) {
		t.Error("Remove")
	}
	b.Add(Div(Children(P(Name("deep")))))
	if FindByName(parent, "deep") == nil || FindByName(parent, "a") != nil {
		t.Error("FindByName")
	}
	parent.DeleteComponents()
	if len(parent.Components()) != 0 {
		t.Error("DeleteComponents")
	}
}

func TestEvents(t *testing.T) {
	d := Div()
	calls := 0
	h := func(self *Element, msg *page.Msg) error {
		if self != d {
			t.Error("self is not the element")
		}
		calls++
		return nil
	}
	d.On("mouseover", h)
	d.On("click", h)
	before := d.Events()
	d.On("click", h) // replaces, as JustPy's on() does
	if !slices.Equal(d.Events(), []string{"click", "mouseover"}) {
		t.Errorf("events %v", d.Events())
	}
	d.HandleEvent(&page.Msg{EventType: "click"})
	d.HandleEvent(&page.Msg{EventType: "dblclick"})
	if calls != 1 {
		t.Errorf("%d calls", calls)
	}
	d.Off("mouseover")
	if !slices.Equal(d.Events(), []string{"click"}) || !slices.Equal(before, []string{"click", "mouseover"}) {
		t.Errorf("after Off %v; the earlier slice changed to %v", d.Events(), before)
	}
}

func TestStylesAreJustPys(t *testing.T) {
	if Styles.ButtonBordered() != "bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 border border-blue-700 rounded" {
		t.Error(Styles.ButtonBordered())
	}
	for _, s := range []string{Styles.ButtonSimple(), Styles.ButtonPill(), Styles.ButtonOutline(), Styles.ButtonDisabled(),
		Styles.Button3D(), Styles.ButtonElevated(), Styles.InputClasses()} {
		if s == "" {
			t.Error("empty style")
		}
	}
}

func TestEventModifiers(t *testing.T) {
	d := Input()
	h := func(*Element, *page.Msg) error { return nil }
	d.On("input", h, Debounce(300*time.Millisecond), Immediate())
	d.On("mousemove", h, Throttle(100*time.Millisecond))
	d.On("click", h)
	if got := d.Events(); !slices.Equal(got, []string{"click", "input:debounce=300:immediate", "mousemove:throttle=100"}) {
		t.Errorf("events %v", got)
	}
	d.On("input", h) // again, without modifiers
	d.Off("mousemove")
	if got := d.Events(); !slices.Equal(got, []string{"click", "input"}) {
		t.Errorf("after On and Off: %v", got)
	}
	if page.EventName("input:debounce=300") != "input" {
		t.Error("EventName")
	}
}

func TestSetClass(t *testing.T) {
	e := Div(Classes("w-64 text-2xl m-2 p-2 bg-blue-500 hover:bg-blue-700 text-white block"))
	e.SetClass("bg-red-500")
	e.SetClass("hover:bg-red-700")
	e.SetClass("text-xl")
	e.SetClass("inline-block")
	e.SetClasses("text-red-500 m-4")
	if e.Classes != "w-64 p-2 bg-red-500 hover:bg-red-700 text-xl inline-block text-red-500 m-4" {
		t.Errorf("classes %q", e.Classes)
	}
	// visible and invisible are one kind (JustPy's show_demo toggles them).
	e.SetClass("invisible")
	e.SetClass("visible")
	if !strings.HasSuffix(e.Classes, " m-4 visible") || strings.Contains(e.Classes, "invisible") {
		t.Errorf("visibility: %q", e.Classes)
	}
}
