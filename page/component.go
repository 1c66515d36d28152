package page

import (
	"slices"
	"strings"
	"sync"
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
}

// Component is what a page needs of an element. The component package
// provides the implementation; pages know nothing else about it.
type Component interface {
	// ID is unique in the process and stable for the component's life.
	ID() string
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

// isFormControl reports whether the browser may send values for c.
func isFormControl(c Component) bool {
	switch c.Tag() {
	case "input", "textarea", "select":
		return true
	}
	return false
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
	if wp != nil {
		s.ShownBy(wp)
	}
	return s.Unlock
}

// EventName is the event type of an Events entry, without its modifiers.
func EventName(entry string) string {
	name, _, _ := strings.Cut(entry, ":")
	return name
}

// listens reports whether the Events entries include the event type.
func listens(entries []string, event string) bool {
	return slices.ContainsFunc(entries, func(e string) bool { return EventName(e) == event })
}
