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

// EventName is the event type of an entry, without its modifiers. An event
// type may itself hold ModSep ("update:open"): the modifiers are the
// entry's last parts that name one.
func EventName(entry string) string {
	name, _ := splitEntry(entry)
	return name
}

// HasModifier reports whether an entry carries the modifier mod, with or
// without a value.
func HasModifier(entry, mod string) bool {
	_, mods := splitEntry(entry)
	for _, p := range mods {
		if name, _, _ := strings.Cut(p, ModValueSep); name == mod {
			return true
		}
	}
	return false
}

// IsModifier reports whether a part of an entry names a modifier.
func IsModifier(part string) bool {
	name, _, _ := strings.Cut(part, ModValueSep)
	switch name {
	case ModDebounce, ModThrottle, ModImmediate, ModLazy:
		return true
	}
	return false
}

// splitEntry cuts an entry into its event type and its modifiers.
func splitEntry(entry string) (string, []string) {
	parts := strings.Split(entry, ModSep)
	i := len(parts)
	for i > 1 && IsModifier(parts[i-1]) {
		i--
	}
	return strings.Join(parts[:i], ModSep), parts[i:]
}
