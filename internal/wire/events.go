package wire

import "strings"

// An entry of an element's events (Node.On, Op.On, AttrOn) is an event
// type, then modifiers for the browser, each after ModSep, with a value
// after ModValueSep when it takes one: "input:debounce=300:immediate",
// "mousemove:throttle=100", "change:lazy".
const (
	ModSep       = ":"
	ModValueSep  = "="
	ModDebounce  = "debounce"  // =ms: send once the element has been quiet that long
	ModThrottle  = "throttle"  // =ms: send at most once that often
	ModImmediate = "immediate" // with debounce: the first event of a burst goes at once
	ModLazy      = "lazy"      // on change: the value goes with change only, never as the person types
)

// Events the client makes of its own: EventClickOut for an element, the
// others for the page (RootID), when the page listens for them.
const (
	EventClickOut         = "click__out"       // a click outside the element
	EventPageReady        = "page_ready"       // the client is connected
	EventVisibilityChange = "visibilitychange" // value: "visible" or "hidden"
	EventResultReady      = "result_ready"     // the value of JavaScript the server ran (JS)
)

// EventName is the event type of an entry, without its modifiers.
func EventName(entry string) string {
	name, _, _ := strings.Cut(entry, ModSep)
	return name
}

// HasModifier reports whether an entry carries the modifier mod, with or
// without a value.
func HasModifier(entry, mod string) bool {
	parts := strings.Split(entry, ModSep)
	for _, p := range parts[1:] {
		if name, _, _ := strings.Cut(p, ModValueSep); name == mod {
			return true
		}
	}
	return false
}
