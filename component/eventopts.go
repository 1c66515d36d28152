package component

import (
	"strings"

	"github.com/justgo/justgo/internal/wire"
)

// AdditionalProperties names properties of the DOM event that travel with
// each of the element's events, for its handlers to read in
// msg.EventProps (JustPy's additional_properties): "screenX", "pageY",
// "altKey", "which", "movementX", "button", "buttons"…. The browser sends
// those that are numbers, booleans or strings; the server keeps only the
// names listed here, at most wire.MaxEventProps.
func AdditionalProperties(names ...string) Opt {
	return func(e *Element) { e.SetAdditionalProperties(names...) }
}

// SetAdditionalProperties is the option AdditionalProperties on a made
// element (JustPy's el.additional_properties = [...]); none stops them.
func (e *Element) SetAdditionalProperties(names ...string) {
	var keep []string
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" && !strings.Contains(n, wire.EventSep) && len(keep) < wire.MaxEventProps {
			keep = append(keep, n)
		}
	}
	if len(keep) == 0 {
		e.removeAttr(wire.AttrEventProps)
		return
	}
	e.SetAttr(wire.AttrEventProps, strings.Join(keep, wire.EventSep))
}

// EventPropagation false stops the element's events at it: an element
// around it that listens for the same event does not get it (JustPy's
// event_propagation=False). Events propagate by default.
func EventPropagation(b bool) Opt { return func(e *Element) { e.SetEventPropagation(b) } }

// SetEventPropagation is the option EventPropagation on a made element.
func (e *Element) SetEventPropagation(b bool) {
	if b {
		e.removeAttr(wire.AttrStopPropagation)
		return
	}
	e.SetAttr(wire.AttrStopPropagation, "")
}
