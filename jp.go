package jp

//go:generate go run ./internal/gen/tags

import (
	"net/http"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

// The types a page author uses, from the packages that define them.
type (
	// WebPage is a page; see page.WebPage.
	WebPage = page.WebPage
	// Msg is what an event handler receives; see page.Msg.
	Msg = page.Msg
	// Element is an HTML element; see component.Element.
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
)

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

// Styles are JustPy's Tailwind class strings for buttons and inputs.
var Styles = &component.Styles

// Options for elements: JustPy's keyword arguments.
var (
	Text        = component.Text
	Classes     = component.Classes
	Style       = component.Style
	Show        = component.Show
	Value       = component.Value
	Checked     = component.Checked
	InnerHTML   = component.InnerHTML
	Attr        = component.Attr
	Attrs       = component.Attrs
	Name        = component.Name
	ID          = component.ID
	Type        = component.Type
	Placeholder = component.Placeholder
	Href        = component.Href
	Src         = component.Src
	On          = component.On
	Children    = component.Children
	In          = component.In
)

// FindByName returns the first element named name in c's subtree, or nil.
func FindByName(c Component, name string) *Element { return component.FindByName(c, name) }
