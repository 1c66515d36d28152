package page

import (
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/justgo/justgo/internal/wire"
)

// Props are the properties of an element that a browser shows. Elements
// embed Props, so a handler writes b.Text = "..." as in JustPy; after the
// handler returns, the page sends whatever changed.
type Props struct {
	Text      string            // escaped text, shown before the children
	Classes   string            // the class attribute
	Style     string            // the style attribute
	Show      bool              // false hides the element (display: none)
	Value     string            // the value of an input, textarea or select
	Checked   bool              // the checked state of a checkbox or radio
	InnerHTML string            // raw HTML; when set it replaces Text and children
	Attrs     map[string]string // every other attribute: name, id, type, href, ...
	// DOMProps are DOM properties the browser sets on the element beside
	// its attributes (a web component's "open", a list's "items"), by name,
	// as JSON values; each that changes travels alone.
	DOMProps map[string]any
	// BuildProps are DOM properties a browser gets only when it builds the
	// element (its first paint, a new element, a resync), never compared:
	// the whole state of a library-backed component (a chart's options, a
	// grid's rows), which calls made with CallUpdate keep up to date
	// in browsers that have the element.
	BuildProps map[string]any
	// Control, when set, declares a custom element a control: the browser
	// reports its value as it does an input's (see Control).
	Control *Control
	// Calls are the element's method calls waiting for its pages
	// (Element.Call); nil until it makes one.
	Calls *CallQueue

	// gen counts the changes of the tracked subtree the element is in, or
	// roots (Track): then gen.root is these Props.
	gen *Generation
}

// Control declares which properties of a custom element hold its value
// and checked state and which events report them (wire.Control). The
// reported value is Value (or, when Multiple, DOMProps[c.Value] and
// msg.Values), the checked state Checked, the other reported properties
// DOMProps.
type Control = wire.Control

// CallQueue keeps an element's latest method calls, numbered: each page
// takes those after the last it sent, so that pages sharing the element
// each get them; the few kept bound what waits for a page that has not
// flushed.
type CallQueue struct {
	last  atomic.Uint64 // the number of the latest call: a diff that has it takes no lock
	mu    sync.Mutex
	list  []wire.Call
	first uint64 // the number of list[0]
}

// keptCalls bounds a CallQueue.
const keptCalls = 32

// Add queues c.
func (q *CallQueue) Add(c wire.Call) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.first == 0 {
		q.first = 1
	}
	q.list = append(q.list, c)
	if over := len(q.list) - keptCalls; over > 0 {
		q.list = append(q.list[:0], q.list[over:]...)
		q.first += uint64(over)
	}
	q.last.Store(q.first + uint64(len(q.list)) - 1)
}

// After returns the calls numbered after n, and the last number; built
// says the browser builds the element now, from its BuildProps, so that
// the calls made only to bring those up to date (wire.Call.Update) are
// left out.
func (q *CallQueue) After(n uint64, built bool) ([]wire.Call, uint64) {
	if q == nil || q.last.Load() <= n {
		return nil, n
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	i := 0
	if n >= q.first {
		i = int(n - q.first + 1)
	}
	var out []wire.Call
	for _, c := range q.list[i:] {
		if !built || !c.Update {
			out = append(out, c)
		}
	}
	return out, q.last.Load()
}

// Component is what a page needs of an element. The component package
// provides the implementation; pages know nothing else about it.
type Component interface {
	// Ref is JustGo's id of the component, which names it in messages
	// (not the HTML id attribute): unique in the process and stable for
	// the component's life.
	Ref() string
	// Tag is the HTML tag name.
	Tag() string
	// Properties returns the component's live properties.
	Properties() *Props
	// Components returns the children, in order.
	Components() []Component
	// Events returns the event types with handlers, sorted; an entry may
	// carry modifiers for the browser after its name ("input:debounce=300").
	Events() []string
	// HandleEvent runs the handlers for msg.EventType.
	HandleEvent(msg *Msg) error
}

// Container is anything components are added to: a WebPage or an element.
type Container interface {
	Add(cs ...Component)
}

// isFormControl reports whether the browser may send values for c: a
// native control, or an element declared one.
func isFormControl(c Component) bool {
	switch c.Tag() {
	case "input", "textarea", "select":
		return true
	}
	return c.Properties().Control != nil
}

// Shared is a component that several pages show at once. A page holds its
// lock while it reads the component's subtree, and tells it which pages show
// it, so that a change made under the lock can be sent to all of them.
type Shared interface {
	Component
	sync.Locker
	ShownBy(wp *WebPage)
}

// lockShared takes c's lock if c is shared, recording that wp shows it, and
// returns what releases it. Pages call it around reading a subtree.
func lockShared(wp *WebPage, c Component) (unlock func()) {
	s, ok := c.(Shared)
	if !ok {
		return nil
	}
	s.Lock()
	if wp == nil {
		return s.Unlock
	}
	s.ShownBy(wp)
	wp.sharedRead++
	return func() {
		wp.sharedRead--
		s.Unlock()
	}
}

// EventName is the event type of an Events entry, without its modifiers.
func EventName(entry string) string { return wire.EventName(entry) }

// Lazy is the modifier of the "change" entry of an input that sends its
// value with change only, never as the person types (InputChangeOnly).
const Lazy = wire.ModLazy

// ChangeOnly reports whether the Events entries mark the element's value
// as sent with change only.
func ChangeOnly(entries []string) bool {
	return slices.ContainsFunc(entries, func(e string) bool {
		return wire.EventName(e) == "change" && wire.HasModifier(e, Lazy)
	})
}

// listens reports whether the Events entries include the event type.
func listens(entries []string, event string) bool {
	return slices.ContainsFunc(entries, func(e string) bool { return EventName(e) == event })
}

// Hooked is a component with handlers to run around each of its events:
// "before" and "after", as JustPy's before= and after= event handlers.
type Hooked interface {
	RunHook(hook string, msg *Msg) error
}

// Reactor is a component that brings itself up to date each time before
// the page renders it or looks for its changes (JustPy's react): a custom
// component sets its children's properties from its own state there.
type Reactor interface {
	React()
}

// ModelUpdater is a component that may be bound to a value of a page's or
// element's State (JustPy's model=). The page calls ModelUpdate before it
// renders the component or looks for its changes, so that the component
// shows the value; after the browser reported a new value for it, the page
// calls ValueChanged, which stores the value in the State and reports
// whether it did, in which case the page sends every bound component's
// change at once.
type ModelUpdater interface {
	ModelUpdate()
	ValueChanged() bool
}

// prepare lets c bring itself up to date before it is read.
func prepare(c Component) {
	if r, ok := c.(Reactor); ok {
		r.React()
	}
	if m, ok := c.(ModelUpdater); ok {
		m.ModelUpdate()
	}
}

// prepare lets c bring itself up to date, keeping the first panic for the
// flush to report: the diff goes on with c as it is, so what the browsers
// were sent stays what the snapshots say.
func (wp *WebPage) prepare(c Component) {
	r, react := c.(Reactor)
	m, model := c.(ModelUpdater)
	if !react && !model {
		return
	}
	defer func() {
		if p := recover(); p != nil && wp.prepErr == nil {
			wp.prepErr = &PanicError{Value: p, Stack: debug.Stack()}
		}
	}()
	if react {
		r.React()
	}
	if model {
		m.ModelUpdate()
	}
}

// State holds the values components bind to with Model (JustPy's data=),
// by key: the type of WebPage.State and Element.State.
type State map[string]any

// StateHolder is a page or an element with a State that components bind
// to.
type StateHolder interface {
	ModelState() State
}

// Data is State's former name.
//
// Deprecated: use State (the name Data is the <data> element's).
type Data = State

// DataHolder is StateHolder's former name.
//
// Deprecated: use StateHolder.
type DataHolder = StateHolder
