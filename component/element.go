package component

import (
	"fmt"
	"github.com/justgo/justgo/internal/wire"
	"slices"
	"strconv"
	"sync/atomic"

	"github.com/justgo/justgo/page"
)

// Element is an HTML element: its Props (Text, Classes, Style, Show, Value,
// Checked, InnerHTML, Attrs), its children and its event handlers.
//
// Change an element that a browser shows only from a handler of its page or
// inside the page's Do.
type Element struct {
	page.Props
	// State holds the values that elements bound to it with Model show
	// (JustPy's data=), by key.
	State page.State

	id       string
	tag      string
	kids     []page.Component
	handlers []handler // few: a slice costs less than a map
	events   []string  // sorted; replaced, never changed in place

	changeOnly bool           // made by InputChangeOnly
	model      *binding       // set by Model
	self       page.Component // the custom component embedding the element (Make)
}

type handler struct {
	event string
	entry string // the event with its modifiers, as the browser reads it
	fn    Handler
}

var lastID atomic.Uint64

// Tag returns an element with any tag, such as a custom element or an SVG
// element, set up by opts: Tag("div", opts...) is Div(opts...). A tag name
// is letters, digits and hyphens, starting with a letter (see
// page.ValidTag); Tag panics on any other, which could write markup of its
// own: page functions and handlers run under recover, so the page reports
// the error.
func Tag(tag string, opts ...Opt) *Element {
	if tag != TextTag && !page.ValidTag(tag) {
		panic(fmt.Sprintf("component: invalid tag name %q", tag))
	}
	e := &Element{tag: tag, id: strconv.FormatUint(lastID.Add(1), 36)}
	e.Show = true
	for _, o := range opts {
		o(e)
	}
	return e
}

// New is Tag's former name, kept so that code written for it builds.
//
// Deprecated: use Tag.
func New(tag string, opts ...Opt) *Element { return Tag(tag, opts...) }

// An Element is everything a page asks of a component: it holds children,
// has hooks and State, brings itself up to date and follows a model.
var (
	_ page.Component    = (*Element)(nil)
	_ page.Container    = (*Element)(nil)
	_ page.Hooked       = (*Element)(nil)
	_ page.Reactor      = (*Element)(nil)
	_ page.ModelUpdater = (*Element)(nil)
	_ page.StateHolder  = (*Element)(nil)
)

// Ref is JustGo's id of the element: unique in the process, it names the
// element in the messages between the page and the browser (msg.Ref). It
// is not the HTML id attribute, which ID sets and Attr("id") reads.
func (e *Element) Ref() string { return e.id }

// ID returns Ref, JustGo's id of the element, not the HTML id attribute.
//
// Deprecated: use Ref; the HTML id is Attr("id").
func (e *Element) ID() string { return e.id }

// Tag is the HTML tag name.
func (e *Element) Tag() string { return e.tag }

// Properties returns the element's Props, for the page.
func (e *Element) Properties() *page.Props { return &e.Props }

// AsElement returns e; types that embed an Element inherit it, which is
// how FindByName and NameDict hand back the element of a custom component.
func (e *Element) AsElement() *Element { return e }

// Components returns the children, in order. The slice is the element's
// own: Add and Remove change it, so copy it before changing the children
// while going through it.
func (e *Element) Components() []page.Component { return e.kids }

// Add appends children.
func (e *Element) Add(cs ...page.Component) {
	e.kids = append(e.kids, cs...)
	e.Touch()
}

// AddFirst puts children before the others.
func (e *Element) AddFirst(cs ...page.Component) {
	e.kids = slices.Insert(e.kids, 0, cs...)
	e.Touch()
}

// Remove takes a child away; it reports whether it was there.
func (e *Element) Remove(c page.Component) bool {
	i := slices.Index(e.kids, c)
	if i < 0 {
		return false
	}
	e.kids = slices.Delete(e.kids, i, i+1)
	e.Touch()
	return true
}

// DeleteComponents removes every child.
func (e *Element) DeleteComponents() {
	e.kids = nil
	e.Touch()
}

// Attr returns the value of an attribute, "" when it is not set.
func (e *Element) Attr(name string) string { return e.Attrs[name] }

// SetAttr sets an attribute.
func (e *Element) SetAttr(name, value string) {
	if e.Attrs == nil {
		e.Attrs = map[string]string{}
	}
	e.Attrs[name] = value
	e.Touch()
}

// removeAttr takes an attribute off.
func (e *Element) removeAttr(name string) {
	delete(e.Attrs, name)
	e.Touch()
}

// SetUnsafeAttr sets an attribute that is written as given (UnsafeAttr).
// Only this value is vouched for: when the attribute later takes another
// value, that value is checked as Attr's are.
func (e *Element) SetUnsafeAttr(name, value string) {
	e.SetAttr(name, value)
	e.Attrs[page.Vouched+name] = value
}

// On sets the handler for an event type, replacing any earlier one. h is a
// func(self *Element, msg *page.Msg), with or without an error result (a
// Handler); any other value panics (see HandlerFunc: the option On checks
// it when it compiles). The browser sends only the events an
// element has handlers for; opts (Debounce, Throttle, Immediate) tune how
// often.
//
// The event types "before" and "after" are JustPy's hooks: their handlers
// run before and after the handler of every event of the element, with
// that event's msg. What "before" changes is sent with the event's
// changes; what "after" changes waits for the page's next update.
func (e *Element) On(event string, h any, opts ...EventOpt) {
	fn := handlerOf(h)
	if fn == nil {
		panic("component: On(" + strconv.Quote(event) + ") with a nil handler; Off removes one")
	}
	var m eventMods
	for _, o := range opts {
		o(&m)
	}
	hd := handler{event: event, entry: event + m.String(), fn: fn}
	if i := e.handlerIndex(event); i >= 0 {
		e.handlers[i] = hd
	} else {
		e.handlers = append(e.handlers, hd)
	}
	e.listEvents()
}

// Off removes the handler for an event type.
func (e *Element) Off(event string) {
	if i := e.handlerIndex(event); i >= 0 {
		e.handlers = slices.Delete(e.handlers, i, i+1)
		e.listEvents()
	}
}

// listEvents rebuilds the list the browser reads: one entry per event with
// a handler, hooks left out; an input made by InputChangeOnly lists
// "change" (marked lazy, so its value waits for it) and never "input".
func (e *Element) listEvents() {
	ev := make([]string, 0, len(e.handlers)+1)
	change := false
	for _, h := range e.handlers {
		switch {
		case isHook(h.event), e.changeOnly && h.event == "input":
			continue
		case e.changeOnly && h.event == "change":
			change = true
			ev = append(ev, h.entry+wire.ModSep+page.Lazy)
		default:
			ev = append(ev, h.entry)
		}
	}
	if e.changeOnly && !change {
		ev = append(ev, "change"+wire.ModSep+page.Lazy)
	}
	slices.Sort(ev)
	e.events = ev // a new slice: the page compares it with the one it sent
	e.Touch()
}

func isHook(event string) bool { return event == "before" || event == "after" }

// Events returns the event types with handlers, sorted, each with its
// modifiers as the browser reads them ("input:debounce=300").
func (e *Element) Events() []string { return e.events }

// HandleEvent runs the handler for msg.EventType.
func (e *Element) HandleEvent(msg *page.Msg) error {
	if isHook(msg.EventType) {
		return nil // hooks run through RunHook only
	}
	return e.run(msg.EventType, msg)
}

// RunHook runs the "before" or "after" handler, if there is one, for the
// event in msg.
func (e *Element) RunHook(hook string, msg *page.Msg) error { return e.run(hook, msg) }

// HasHook reports whether e has a "before" or "after" handler.
func (e *Element) HasHook(hook string) bool { return isHook(hook) && e.handlerIndex(hook) >= 0 }

func (e *Element) run(event string, msg *page.Msg) error {
	if i := e.handlerIndex(event); i >= 0 {
		return e.handlers[i].fn(e, msg)
	}
	return nil
}

func (e *Element) handlerIndex(event string) int {
	return slices.IndexFunc(e.handlers, func(h handler) bool { return h.event == event })
}

// FindByName returns the first element in c's subtree (c included) whose
// name attribute is name, or nil.
func FindByName(c page.Component, name string) *Element {
	var found *Element
	Walk(c, func(c page.Component) bool {
		if c.Properties().Attrs["name"] == name {
			if el, ok := c.(interface{ AsElement() *Element }); ok {
				found = el.AsElement()
				return false
			}
		}
		return true
	})
	return found
}

// Walk calls fn for c and each descendant, depth first in document order,
// until fn returns false.
func Walk(c page.Component, fn func(page.Component) bool) bool {
	if !fn(c) {
		return false
	}
	for _, k := range c.Components() {
		if !Walk(k, fn) {
			return false
		}
	}
	return true
}

// TextTag is the tag of a text node: text between a parent's children.
const TextTag = wire.TextTag

// TextNode returns a piece of text to place among an element's children, so
// that text and elements keep their order: Div(Text("Hello "),
// Children(B(Text("world")), TextNode("!"))).
func TextNode(s string) *Element { return Tag(TextTag, Text(s)) }

// ForComponent makes a label's for attribute name c, giving c an HTML id
// when it has none (JustPy's for_component).
func (e *Element) ForComponent(c *Element) {
	id := c.Attr("id")
	if id == "" {
		id = "jp-" + c.Ref()
		c.SetAttr("id", id)
	}
	e.SetAttr("for", id)
}
