package jp

//go:generate go run ./internal/gen/tags

import (
	"net/http"
	"time"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/topic"
)

// The types a page author uses, from the packages that define them.
type (
	// WebPage is a page; its methods are page.WebPage's
	// (go doc github.com/justgo/justgo/page WebPage; docs/api.md).
	WebPage = page.WebPage
	// Msg is what an event handler receives; see page.Msg.
	Msg = page.Msg
	// Element is an HTML element; its methods are component.Element's
	// (go doc github.com/justgo/justgo/component Element; docs/api.md).
	Element = component.Element
	// Component is anything that can sit in a page; see page.Component.
	Component = page.Component
	// Container is a page or element that components are added to.
	Container = page.Container
	// Handler handles an element's event.
	Handler = component.Handler
	// Opt sets up an element when it is made.
	Opt = component.Opt
	// Shared is an element several pages show at once; see component.Shared.
	Shared = component.Shared
	// DataMap holds the values components bind to with Model (JustPy's
	// data=): the type of WebPage.Data and Element.Data. (Data is the
	// <data> element.)
	DataMap = page.Data
	// DataHolder is a page or element with Data.
	DataHolder = page.DataHolder
	// FormField is one field of a submitted form, in msg.FormData.
	FormField = page.FormField
	// File is a chosen or uploaded file; see upload.File.
	File = page.File
	// Maker makes a custom component for ParseHTML; see Makers.
	Maker = component.Maker
	// Check shows what is wrong with a field next to it; see NewCheck.
	Check = component.Check
)

// Topic carries values of type T to every page that subscribes, each
// shown on the page's own goroutine: the way to keep many pages in step
// with shared data; see topic.Topic.
type Topic[T any] = topic.Topic[T]

// Rows keeps an element's children one per item of a slice, by key, so
// that only the rows that changed travel; see component.Rows.
type Rows[T any, K comparable] = component.Rows[T, K]

// NewCheck returns the message that shows what check says is wrong with
// field's value ("" when nothing is), next to it, as the person types; see
// component.Check.
func NewCheck(field *Element, check func(value string) string, opts ...Opt) *Check {
	return component.NewCheck(field, check, opts...)
}

// Validate checks every field, showing each error, and reports whether all
// are valid.
func Validate(checks ...*Check) bool { return component.Validate(checks...) }

// Required is a check that a value is not blank.
func Required(message string) func(string) string { return component.Required(message) }

// Model binds an element to a value of a page's or element's Data
// (JustPy's model=[wp, "text"]); see component.Model.
func Model(src DataHolder, key string) Opt { return component.Model(src, key) }

// Make returns the element of a custom component self, a type that embeds
// it; see component.Make.
func Make(self Component, tag string, opts ...Opt) *Element {
	return component.Make(self, tag, opts...)
}

// InputChangeOnly returns an input that sends its value on change, not at
// each keystroke (JustPy's InputChangeOnly).
func InputChangeOnly(opts ...Opt) *Element { return component.InputChangeOnly(opts...) }

// NewShared makes el shareable between pages: change it inside its Do.
func NewShared(el *Element) *Shared { return component.NewShared(el) }

// NewWebPage returns an empty page.
func NewWebPage() *WebPage { return page.NewWebPage() }

// Respond returns a page that is answered by h instead: a page function
// returns it when the request needs a plain response (a file, JSON, an
// error status), as a JustPy route may return any Response.
func Respond(h http.Handler) *WebPage {
	wp := page.NewWebPage()
	wp.Response = h
	return wp
}

// Tag returns an element with any tag, for those without a constructor.
func Tag(tag string, opts ...Opt) *Element { return component.New(tag, opts...) }

// Styles are JustPy's Tailwind class strings for buttons and inputs:
// jp.Styles.ButtonBordered() is JustPy's jp.Styles.button_bordered. They
// are methods, so no package can change them for the others.
var Styles component.StyleSet

// Options for elements, JustPy's keyword arguments: jp.Div(jp.Text("Hi"),
// jp.Classes("m-2"), jp.In(wp)) is jp.Div(text='Hi', classes='m-2', a=wp).

// Text sets the element's text (text=); it is always escaped.
func Text(s string) Opt { return component.Text(s) }

// Classes sets the class attribute (classes=).
func Classes(s string) Opt { return component.Classes(s) }

// Style sets the style attribute (style=).
func Style(s string) Opt { return component.Style(s) }

// Show sets whether the element is shown (show=); hidden elements take no space.
func Show(b bool) Opt { return component.Show(b) }

// Value sets the value of an input, textarea or select (value=).
func Value(s string) Opt { return component.Value(s) }

// Checked sets the checked state of a checkbox or radio button (checked=).
func Checked(b bool) Opt { return component.Checked(b) }

// InnerHTML sets raw HTML content (inner_html=), written as it is.
func InnerHTML(s string) Opt { return component.InnerHTML(s) }

// Attr sets one attribute, such as Attr("for", "username"). Event
// handlers (on*), srcdoc and URLs that would run script (javascript:) are
// never written; see UnsafeAttr.
func Attr(name, value string) Opt { return component.Attr(name, value) }

// UnsafeAttr sets an attribute that is written as given, even an event
// handler (onclick) or a javascript: URL, which Attr refuses: the author
// vouches for the value, which must never come from a user.
func UnsafeAttr(name, value string) Opt { return component.UnsafeAttr(name, value) }

// Attrs sets several attributes.
func Attrs(m map[string]string) Opt { return component.Attrs(m) }

// Name sets the name attribute (name=), by which ParseHTML's NameDict and
// FindByName find an element.
func Name(s string) Opt { return component.Name(s) }

// ID sets the HTML id attribute.
func ID(s string) Opt { return component.ID(s) }

// Type sets the type attribute, as of an input or a button.
func Type(s string) Opt { return component.Type(s) }

// Placeholder sets the placeholder attribute.
func Placeholder(s string) Opt { return component.Placeholder(s) }

// Href sets the href attribute.
func Href(s string) Opt { return component.Href(s) }

// Src sets the src attribute.
func Src(s string) Opt { return component.Src(s) }

// On sets a handler for an event, as Element.On does.
func On(event string, h Handler, opts ...EventOpt) Opt { return component.On(event, h, opts...) }

// EventOpt tunes how the browser sends an event.
type EventOpt = component.EventOpt

// Debounce sends an event only once the element has been quiet for d
// (JustPy's debounce=); an input's value still reaches the server at once.
func Debounce(d time.Duration) EventOpt { return component.Debounce(d) }

// Throttle sends an event at most once every d (JustPy's throttle=).
func Throttle(d time.Duration) EventOpt { return component.Throttle(d) }

// Immediate, with Debounce, sends the first event of a burst at once.
func Immediate() EventOpt { return component.Immediate() }

// Children adds children to the element.
func Children(cs ...Component) Opt { return component.Children(cs...) }

// In adds the element to a page or another element (JustPy's a=).
func In(parent Container) Opt { return component.In(parent) }

// FindByName returns the first element named name in c's subtree, or nil.
func FindByName(c Component, name string) *Element { return component.FindByName(c, name) }

// Animation plays an animate.css animation when the element changes
// (JustPy's animation=); see component.Animation.
func Animation(name string) Opt { return component.Animation(name) }

// Icon returns a Font Awesome icon by name (JustPy's Icon).
func Icon(name string, opts ...Opt) *Element { return component.Icon(name, opts...) }
