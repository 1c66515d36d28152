package page_test

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

func TestModelBindingAcrossComponents(t *testing.T) {
	// model_demo1 and check_test: one value, many components.
	wp := page.NewWebPage()
	wp.State = page.State{"text": "", "checked": true}
	d := component.Div(component.In(wp))
	d.State = page.State{"text": "start"}
	var divs []*component.Element
	for range 4 {
		divs = append(divs, component.Div(component.Text("typing will go here"), component.Model(d, "text"), component.In(d)))
	}
	in := component.Input(component.Model(d, "text"), component.In(d))
	check := component.Input(component.Type("checkbox"), component.Model(wp, "checked"), component.In(wp))
	text := component.Input(component.Model(wp, "checked"), component.In(wp))
	num := component.Input(component.Type("number"), component.Model(wp, "n"), component.In(wp))
	shown := component.Div(component.Model(wp, "n"), component.In(wp))

	var b strings.Builder
	wp.Render(&b)
	html := b.String()
	if strings.Count(html, ">start</div>") != 4 || !strings.Contains(html, `value="start"`) || !check.Checked || text.Value != "true" {
		t.Fatalf("first render: %s", html)
	}
	rec := attach(t, wp)
	val := func(n uint64, id, v string) {
		t.Helper()
		if err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: n, Type: wire.TypeValue, ID: id, Value: &v}); err != nil {
			t.Fatal(err)
		}
	}
	val(1, in.Ref(), "hello")
	msgs := rec.take()
	if len(msgs) != 1 || strings.Count(msgs[0], `"text":"hello"`) != 4 || strings.Contains(msgs[0], `"value"`) {
		t.Errorf("typing did not reach the four divs alone: %q", msgs)
	}
	if d.State["text"] != "hello" {
		t.Errorf("data %v", d.State)
	}

	// The checkbox and the text input stay in step, both ways.
	f := false
	wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 2, Type: wire.TypeValue, ID: check.Ref(), Value: str("on"), Checked: &f})
	if text.Value != "false" || wp.State["checked"] != false {
		t.Errorf("unchecking: text %q data %v", text.Value, wp.State["checked"])
	}
	val(3, text.Ref(), "yes please")
	if !check.Checked {
		t.Error("typing a true value did not check the box")
	}
	val(4, text.Ref(), "")
	if check.Checked {
		t.Error("clearing the text did not uncheck the box")
	}

	// A number input stores a number, and keeps what the person typed.
	val(5, num.Ref(), "1.50")
	rec.take()
	if wp.State["n"] != 1.5 || shown.Text != "1.5" || num.Value != "1.50" {
		t.Errorf("number: data %v, div %q, input %q", wp.State["n"], shown.Text, num.Value)
	}
	val(6, num.Ref(), "1.5x")
	if wp.State["n"] != 1.5 {
		t.Errorf("a value that is not a number was stored: %v", wp.State["n"])
	}

	// A handler resetting the value resets every bound component.
	msgs = change(wp, rec, func() { d.State["text"] = "" })
	if len(msgs) != 1 || strings.Count(msgs[0], `"text":""`) != 4 || !strings.Contains(msgs[0], `"value":""`) {
		t.Errorf("reset: %q", msgs)
	}
	for _, dv := range divs {
		if dv.Text != "" {
			t.Errorf("div %q", dv.Text)
		}
	}
}

func TestRadioModel(t *testing.T) {
	wp := page.NewWebPage()
	wp.State = page.State{"size": "m"}
	var radios []*component.Element
	for _, v := range []string{"s", "m", "l"} {
		radios = append(radios, component.Input(component.Type("radio"), component.Name("size"), component.Value(v),
			component.Model(wp, "size"), component.In(wp)))
	}
	rec := attach(t, wp)
	if !radios[1].Checked || radios[0].Checked {
		t.Fatal("the model did not check m")
	}
	yes, no := true, false
	wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeValue, ID: radios[2].Ref(), Value: str("l"), Checked: &yes})
	wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 2, Type: wire.TypeValue, ID: radios[1].Ref(), Value: str("m"), Checked: &no})
	if wp.State["size"] != "l" || radios[1].Checked || !radios[2].Checked {
		t.Errorf("data %v, checked %v %v", wp.State["size"], radios[1].Checked, radios[2].Checked)
	}
}

// myDiv is model_demo2's MyDiv: a custom component with its own
// ModelUpdate.
type myDiv struct{ *component.Element }

func (d *myDiv) ModelUpdate() {
	if v := d.ModelText(); v != "" {
		d.Text = v
	} else {
		d.Text = "Nothing typed yet"
	}
}

// counter is a custom component with a React hook: its label shows its
// count.
type counter struct {
	*component.Element
	label *component.Element
	n     int
}

func (c *counter) React() { c.label.Text = strings.Repeat("*", c.n) }

func TestCustomComponents(t *testing.T) {
	wp := page.NewWebPage()
	md := &myDiv{}
	md.Element = component.Make(md, "div", component.Model(wp, "text"), component.In(wp))
	c := &counter{n: 1}
	c.Element = component.Make(c, "div", component.In(wp))
	c.label = component.Span(component.In(c))
	if wp.Components()[0] != md || wp.Components()[1] != c {
		t.Fatal("In added the bare element, not the component")
	}
	in := component.Input(component.Model(wp, "text"), component.In(wp))
	rec := attach(t, wp)
	if md.Text != "Nothing typed yet" || c.label.Text != "*" {
		t.Fatalf("first render: %q %q", md.Text, c.label.Text)
	}
	c.n = 2
	wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeValue, ID: in.Ref(), Value: str("hi")})
	msgs := rec.take()
	if len(msgs) != 1 || !strings.Contains(msgs[0], `"text":"hi"`) || !strings.Contains(msgs[0], `"text":"**"`) {
		t.Errorf("update: %q", msgs)
	}
}

// reactions counts how often the page brought it up to date.
type reactions struct {
	*component.Element
	n int
}

func (r *reactions) React() { r.n++ }

func TestReactRunsOncePerUpdate(t *testing.T) {
	wp := page.NewWebPage()
	r := &reactions{}
	r.Element = component.Make(r, "div", component.In(wp))
	wp.Render(&strings.Builder{})
	if r.n != 1 {
		t.Errorf("the first render brought it up to date %d times", r.n)
	}
	wp.DoWait(func() {})
	if r.n != 2 {
		t.Errorf("after an update: %d times in all", r.n)
	}
	if page.RenderHTML(r); r.n != 3 {
		t.Errorf("RenderHTML alone: %d times in all", r.n)
	}
}

// With two browsers on a page, typing into a bound input sends each one
// patch: the value (to the other) and the bound text together.
func TestABoundValueIsOneFlushWithSeveralBrowsers(t *testing.T) {
	wp := page.NewWebPage()
	wp.State = page.State{"text": ""}
	in := component.Input(component.Model(wp, "text"), component.In(wp))
	component.Div(component.Model(wp, "text"), component.In(wp))
	sel := component.Select(component.Attr("multiple", ""), component.In(wp))
	for _, v := range []string{"a", "b", "c"} {
		component.Option(component.Value(v), component.In(sel))
	}
	reg := page.NewRegistry(time10m)
	t.Cleanup(reg.Close)
	reg.Serve(wp, "s1")
	v, _ := wp.Render(&strings.Builder{})
	typist, watcher := &recorder{}, &recorder{}
	reg.Attach(wp.ID(), "s1", "t1", typist, v)
	wp.Settle()
	reg.Attach(wp.ID(), "s1", "t2", watcher, v)
	wp.Settle()
	wp.Handle(typist, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeValue, ID: in.Ref(), Value: str("hi")})
	got := watcher.take()
	if len(got) != 1 || !strings.Contains(got[0], `"value":"hi"`) || !strings.Contains(got[0], `"text":"hi"`) {
		t.Errorf("the watcher got %q", got)
	}
	wp.Handle(typist, "s1", "c", &wire.ClientMsg{N: 2, Type: wire.TypeValue, ID: sel.Ref(), Value: str("a"), Values: []string{"a", "c"}})
	if got := watcher.take(); len(got) != 1 || strings.Count(got[0], `"checked":true`) != 2 {
		t.Errorf("choosing two options sent %q", got)
	}
}

func TestModelOnSelectAndTextarea(t *testing.T) {
	wp := page.NewWebPage()
	wp.State = page.State{"color": "green", "notes": "first"}
	sel := component.Select(component.Model(wp, "color"), component.In(wp))
	for _, c := range []string{"red", "green"} {
		component.Option(component.Value(c), component.Text(c), component.In(sel))
	}
	area := component.Textarea(component.Model(wp, "notes"), component.In(wp))
	shown := component.Div(component.Model(wp, "color"), component.In(wp))
	var html strings.Builder
	wp.Render(&html)
	if !strings.Contains(html.String(), `value="green" selected`) || !strings.Contains(html.String(), ">\nfirst</textarea>") {
		t.Fatalf("first render: %s", html.String())
	}
	rec := attach(t, wp)
	wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 2, Type: wire.TypeValue, ID: sel.Ref(), Value: str("red")})
	wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 3, Type: wire.TypeValue, ID: area.Ref(), Value: str("second")})
	if wp.State["color"] != "red" || shown.Text != "red" || wp.State["notes"] != "second" {
		t.Errorf("data %v, div %q", wp.State, shown.Text)
	}
}

// Uploads no submit claimed go, oldest first, past two submits' worth.
