package component

import (
	"fmt"
	"github.com/justgo/justgo/internal/wire"
	"strings"
	"time"

	"github.com/justgo/justgo/page"
)

// Opt sets up an element when it is made; the options are JustPy's keyword
// arguments.
type Opt func(*Element)

// Text sets the element's text; it is always escaped.
func Text(s string) Opt { return func(e *Element) { e.Text = s } }

// Textf sets the element's text to fmt.Sprintf(format, args...), as an
// f-string gives JustPy's text=; it is always escaped.
func Textf(format string, args ...any) Opt {
	s := fmt.Sprintf(format, args...)
	return func(e *Element) { e.Text = s }
}

// Classes sets the class attribute.
func Classes(s string) Opt { return func(e *Element) { e.Classes = s } }

// Style sets the style attribute.
func Style(s string) Opt { return func(e *Element) { e.Style = s } }

// Show sets whether the element is shown (JustPy's show=).
func Show(b bool) Opt { return func(e *Element) { e.Show = b } }

// Value sets the value of an input, textarea or select.
func Value(s string) Opt { return func(e *Element) { e.Value = s } }

// Checked sets the checked state of a checkbox or radio button.
func Checked(b bool) Opt { return func(e *Element) { e.Checked = b } }

// InnerHTML sets raw HTML content, written as it is: the explicit way to
// put markup into an element.
func InnerHTML(s string) Opt { return func(e *Element) { e.InnerHTML = s } }

// WithState gives the element a State of its own (JustPy's data=, the
// dict an element carries that Model binds its children to): Div(WithState(
// page.State{"text": "hi"})) is jp.Div(data={'text': 'hi'}). The map is the
// element's, not a copy.
func WithState(s page.State) Opt { return func(e *Element) { e.State = s } }

// Attr sets one attribute. Event handlers (onclick, any on*), srcdoc, and
// URLs that would run script (href="javascript:…", see page.SafeURL) are
// never written; UnsafeAttr is for the author who means them.
func Attr(name, value string) Opt { return func(e *Element) { e.SetAttr(name, value) } }

// UnsafeAttr sets an attribute that is written as given, even an event
// handler or a javascript: URL: the author vouches for the value, which
// must never come from a user. See Element.SetUnsafeAttr.
func UnsafeAttr(name, value string) Opt { return func(e *Element) { e.SetUnsafeAttr(name, value) } }

// Attrs sets several attributes.
func Attrs(m map[string]string) Opt {
	return func(e *Element) {
		for k, v := range m {
			e.SetAttr(k, v)
		}
	}
}

// Name sets the name attribute.
func Name(s string) Opt { return Attr("name", s) }

// ID sets the HTML id attribute.
func ID(s string) Opt { return Attr("id", s) }

// Type sets the type attribute, as of an input or button.
func Type(s string) Opt { return Attr("type", s) }

// Placeholder sets the placeholder attribute.
func Placeholder(s string) Opt { return Attr("placeholder", s) }

// Href sets the href attribute.
func Href(s string) Opt { return Attr("href", s) }

// Src sets the src attribute.
func Src(s string) Opt { return Attr("src", s) }

// On sets a handler (see Element.On): a func(self *Element, msg
// *page.Msg), with or without an error result.
func On[H HandlerFunc](event string, h H, opts ...EventOpt) Opt {
	fn := handlerOf(h)
	return func(e *Element) { e.On(event, fn, opts...) }
}

// Children adds children to the element.
func Children(cs ...page.Component) Opt { return func(e *Element) { e.Add(cs...) } }

// In adds the element (or the custom component it is made for, see Make)
// to a page or another element (JustPy's a=).
func In(parent page.Container) Opt { return func(e *Element) { parent.Add(e.Self()) } }

// EventOpt tunes how the browser sends an event (JustPy's debounce=,
// throttle= and immediate= of on()).
type EventOpt func(*eventMods)

type eventMods struct {
	debounce, throttle time.Duration
	immediate          bool
}

// String is how the browser reads the modifiers, after the event's name.
func (m eventMods) String() string {
	var b strings.Builder
	if m.debounce > 0 {
		fmt.Fprint(&b, wire.ModSep+wire.ModDebounce+wire.ModValueSep, m.debounce.Milliseconds())
	}
	if m.throttle > 0 {
		fmt.Fprint(&b, wire.ModSep+wire.ModThrottle+wire.ModValueSep, m.throttle.Milliseconds())
	}
	if m.immediate {
		b.WriteString(wire.ModSep + wire.ModImmediate)
	}
	return b.String()
}

// Debounce sends the event only once the element has been quiet for d,
// with the latest event's data. An input's value still reaches the server
// at once, so other handlers always read what was typed.
func Debounce(d time.Duration) EventOpt { return func(m *eventMods) { m.debounce = d } }

// Throttle sends the event at most once every d: the first at once, and the
// latest of the rest when d has passed.
func Throttle(d time.Duration) EventOpt { return func(m *eventMods) { m.throttle = d } }

// Immediate, with Debounce, sends the first event of a burst at once
// rather than after the quiet.
func Immediate() EventOpt { return func(m *eventMods) { m.immediate = true } }

// Animation plays an animate.css animation ("flip", "zoomIn", ...) each
// time the browser shows a change of the element (JustPy's animation=);
// an animation whose name has "Out" in it leaves the element hidden.
func Animation(name string) Opt { return func(e *Element) { e.SetAnimation(name) } }

// Tracked makes the element the root of a tracked subtree: the page
// compares its elements with what it sent only after something recorded a
// change in it, which makes a change elsewhere on a big page cost what it
// changes rather than the whole page. What records one: the elements'
// methods (Add, Remove, SetAttr, SetClass, SetProp, On, Call, …), an event
// or value a browser sends one of them, and Touch, which an author calls
// after assigning an element's fields from outside its own handler:
//
//	row.Text = "sold"
//	row.Touch()
//
// React and model bindings inside run when the subtree is compared. With
// DEBUG, and in jptest, pages compare tracked subtrees anyway and report
// a change nothing recorded.
func Tracked() Opt { return func(e *Element) { page.Track(e) } }

// SetAnimation sets the element's animation (see Animation); "" stops it.
func (e *Element) SetAnimation(name string) {
	if name == "" {
		e.removeAttr(animationAttr)
		return
	}
	e.SetAttr(animationAttr, name)
}

// animationAttr carries the animation to the browser.
const animationAttr = wire.AttrAnimation

// Icon returns a Font Awesome icon by name ("bomb"), a div with the
// classes fa fa-NAME after those of opts (JustPy's Icon). Pages link Font
// Awesome 5 with Tailwind, as JustPy's do: the binary's own copy after
// `make assets`, else its CDN.
func Icon(name string, opts ...Opt) *Element {
	e := Div(opts...)
	e.Classes = strings.TrimSpace(e.Classes + " fa fa-" + name)
	return e
}
