package wiretest

import (
	"time"

	el "github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

// Scenario is a page and the changes made to it, one flush each: the
// source of one golden file.
type Scenario struct {
	Name string // the golden file's name, without ".json"
	// Build fills wp, in its page function, and returns the steps.
	Build func(wp *page.WebPage) []Step
}

// Step is one change to a page, flushed on its own.
type Step struct {
	Name   string
	Change func() // runs on the page's goroutine (DoWait)
	// Offline makes the change while no browser shows the page: the
	// browser then reconnects behind, and is sent the whole page.
	Offline bool
}

// Scenarios are the golden scenarios, one of each kind of change: props,
// show and hide, children, raw HTML, values, page settings and the whole
// page sent to a browser that is behind.
func Scenarios() []Scenario {
	return []Scenario{
		{"props", props},
		{"show_hide", showHide},
		{"children", children},
		{"inner_html", innerHTML},
		{"values", values},
		{"settings", settings},
		{"full_sync", fullSync},
	}
}

func noop(*el.Element, *page.Msg) error       { return nil }
func noopPage(*page.WebPage, *page.Msg) error { return nil }

func props(wp *page.WebPage) []Step {
	d := el.Div(el.Text("text"), el.In(wp))
	t := el.TextNode(" and a text node")
	p := el.Div(el.Text("another"), el.Children(el.B(el.Text("bold")), t), el.In(wp))
	return []Step{
		{Name: "text", Change: func() { d.Text = "new text" }},
		{Name: "text with markup characters", Change: func() { d.Text = `a < b & "c"` }},
		{Name: "text cleared", Change: func() { d.Text = "" }},
		{Name: "classes", Change: func() { d.Classes = "m-2 p-1" }},
		{Name: "classes cleared", Change: func() { d.Classes = "" }},
		{Name: "style", Change: func() { d.Style = "color: red" }},
		{Name: "attributes set", Change: func() { d.SetAttr("title", "tip"); d.SetAttr("aria-label", "label") }},
		{Name: "attribute changed, another removed", Change: func() { d.SetAttr("title", "new tip"); delete(d.Attrs, "aria-label") }},
		{Name: "a script attribute is never sent", Change: func() { d.SetAttr("onclick", "alert(1)") }},
		{Name: "several changes to one element travel as one op", Change: func() {
			d.Text, d.Classes, d.Style = "one op", "a", ""
		}},
		{Name: "two elements, two ops", Change: func() { d.Text = "first"; p.Text = "second" }},
		{Name: "a text node's text", Change: func() { t.Text = " and new text" }},
	}
}

func showHide(wp *page.WebPage) []Step {
	d := el.Div(el.Text("shown"), el.In(wp))
	parent := el.Div(el.In(wp))
	kid := el.Span(el.Text("kid"), el.In(parent))
	hidden := el.Div(el.Text("hidden at first"), el.Show(false), el.In(wp))
	return []Step{
		{Name: "hide", Change: func() { d.Show = false }},
		{Name: "show", Change: func() { d.Show = true }},
		{Name: "shown after the first paint hid it", Change: func() { hidden.Show = true }},
		{Name: "the parent hidden, the child changed", Change: func() { parent.Show = false; kid.Text = "changed" }},
	}
}

func children(wp *page.WebPage) []Step {
	list := el.Div(el.In(wp))
	a := el.Span(el.Text("a"), el.In(list))
	b := el.Span(el.Text("b"), el.In(list))
	c := el.Span(el.Text("c"), el.In(list))
	other := el.Section(el.Text("other"), el.In(wp))
	d := el.Span(el.Text("d"))
	top := el.Div(el.Text("top"))
	return []Step{
		{Name: "added at the end", Change: func() { list.Add(d) }},
		{Name: "added first", Change: func() { list.Remove(d); list.AddFirst(d) }},
		{Name: "moved within the parent", Change: func() { list.Remove(a); list.Add(a) }},
		{Name: "moved to another parent", Change: func() { list.Remove(b); other.Add(b) }},
		{Name: "removed", Change: func() { list.Remove(c) }},
		{Name: "removed and put back in one flush: nothing", Change: func() { list.Remove(a); list.Add(a) }},
		{Name: "put back after its removal: sent whole", Change: func() { list.Add(c) }},
		{Name: "text nodes between elements", Change: func() {
			list.Add(el.TextNode(" then "), el.B(el.Text("bold")), el.TextNode(""))
		}},
		{Name: "a new subtree", Change: func() {
			el.Div(el.Classes("new"), el.Children(el.Span(el.Text("deep")), el.TextNode("text")), el.In(other))
		}},
		{Name: "moved into a new element: sent whole, the browser keeps its node", Change: func() {
			other.Remove(b)
			el.Div(el.Classes("wrapper"), el.Children(b), el.In(other))
		}},
		{Name: "a top-level component added", Change: func() { wp.AddFirst(top) }},
		{Name: "a top-level component removed", Change: func() { wp.Remove(other) }},
		{Name: "every child removed", Change: func() { list.DeleteComponents() }},
	}
}

func innerHTML(wp *page.WebPage) []Step {
	d := el.Div(el.Text("own text"), el.Children(el.Span(el.Text("kid"))), el.In(wp))
	raw := el.Div(el.InnerHTML("<i>raw</i> at first paint"), el.In(wp))
	return []Step{
		{Name: "raw HTML on", Change: func() { d.InnerHTML = "<b>bold</b> and raw" }},
		{Name: "raw HTML changed", Change: func() { d.InnerHTML = "<em>other</em> raw" }},
		{Name: "text changed while raw HTML shows", Change: func() { d.Text = "waits" }},
		{Name: "raw HTML off: text and children come back", Change: func() { d.InnerHTML = "" }},
		{Name: "raw HTML of the first paint changed", Change: func() { raw.InnerHTML = "<u>new</u> raw" }},
		{Name: "raw HTML of the first paint off", Change: func() { raw.InnerHTML = ""; raw.Text = "plain" }},
	}
}

func values(wp *page.WebPage) []Step {
	in := el.Input(el.Type("text"), el.Value("first"), el.In(wp))
	area := el.Textarea(el.Value("one\ntwo"), el.In(wp))
	box := el.Input(el.Type("checkbox"), el.In(wp))
	form := el.Form(el.In(wp))
	r1 := el.Input(el.Type("radio"), el.Name("r"), el.Value("1"), el.Checked(true), el.In(form))
	r2 := el.Input(el.Type("radio"), el.Name("r"), el.Value("2"), el.In(form))
	sel := el.Select(el.In(wp))
	for _, v := range []string{"a", "b", "c"} {
		el.Option(el.Value(v), el.Text(v), el.In(sel))
	}
	return []Step{
		{Name: "input value", Change: func() { in.Value = "second" }},
		{Name: "input value cleared", Change: func() { in.Value = "" }},
		{Name: "textarea value, a leading newline kept", Change: func() { area.Value = "\nindented" }},
		{Name: "checked", Change: func() { box.Checked = true }},
		{Name: "unchecked", Change: func() { box.Checked = false }},
		{Name: "a radio button checked unchecks its group", Change: func() { r2.Checked = true }},
		{Name: "the first radio button again", Change: func() { r1.Checked = true }},
		{Name: "a select's value", Change: func() { sel.Value = "b" }},
	}
}

func settings(wp *page.WebPage) []Step {
	d := el.Div(el.Text("events"), el.In(wp))
	return []Step{
		{Name: "title", Change: func() { wp.Title = "A title" }},
		{Name: "title cleared", Change: func() { wp.Title = "" }},
		{Name: "display url", Change: func() { wp.DisplayURL = "/shown?x=1" }},
		{Name: "body classes and style", Change: func() { wp.BodyClasses = "bg-gray-100"; wp.BodyStyle = "margin: 0" }},
		{Name: "dark", Change: func() { wp.Dark = true }},
		{Name: "page events", Change: func() { wp.On("visibilitychange", noopPage) }},
		{Name: "element events, with modifiers", Change: func() {
			d.On("click", noop)
			d.On("mousemove", noop, el.Throttle(100*time.Millisecond))
		}},
		{Name: "element events removed", Change: func() { d.Off("click"); d.Off("mousemove") }},
		{Name: "JavaScript to run", Change: func() { wp.RunJavaScript("void 0") }},
	}
}

func fullSync(wp *page.WebPage) []Step {
	wp.Title = "Whole"
	wp.On("visibilitychange", noopPage)
	d := el.Div(el.Text("hello"), el.Classes("a b"), el.Style("color: red"), el.Attr("title", "tip"), el.In(wp))
	el.Span(el.Text("hidden"), el.Show(false), el.In(d))
	d.Add(el.TextNode(" and text"))
	in := el.Input(el.Type("text"), el.Value("typed"), el.Name("who"), el.In(wp))
	in.On("input", noop, el.Debounce(300*time.Millisecond), el.Immediate())
	el.Input(el.Type("checkbox"), el.Checked(true), el.In(wp))
	el.Div(el.InnerHTML("<b>raw</b> html"), el.In(wp))
	el.Textarea(el.Value("line one\nline two"), el.In(wp))
	list := el.Div(el.In(wp))
	first := el.Span(el.Text("one"), el.In(list))
	el.Span(el.Text("two"), el.In(list))
	return []Step{
		{Name: "changed while no browser showed the page, then sent whole", Offline: true, Change: func() {
			d.Text = "hello again"
			list.Remove(first)
			el.Span(el.Text("three"), el.In(list))
			wp.Title = "Whole again"
		}},
	}
}
