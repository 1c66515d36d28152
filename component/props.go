package component

import (
	"encoding/json"
	"log/slog"

	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

// Control declares a custom element a control; see page.Control.
type Control = page.Control

// AsControl declares the element a control: the browser reports the
// properties c names after c's events, as it reports an input's value.
// Web component constructors (package wa) declare theirs.
func AsControl(c *Control) Opt { return func(e *Element) { e.Control = c } }

// Prop sets a DOM property (see Element.SetProp).
func Prop(name string, v any) Opt { return func(e *Element) { e.SetProp(name, v) } }

// SetProp sets a DOM property of the element in the browser (a web
// component's "open", a list's "items"), beside its attributes: a value
// JSON can carry, set once the element's custom element is defined. Each
// property that changes travels alone. A value JSON cannot carry is
// refused with a warning.
func (e *Element) SetProp(name string, v any) {
	if _, err := json.Marshal(v); err != nil {
		slog.Warn("justgo: a DOM property JSON cannot carry", "tag", e.tag, "prop", name, "err", err)
		return
	}
	if e.DOMProps == nil {
		e.DOMProps = map[string]any{}
	}
	e.DOMProps[name] = v
	e.Touch()
}

// Prop returns a DOM property as the server has it: as set, or as the
// browser reported it for a control (a dialog's "open", a multiple
// select's values).
func (e *Element) Prop(name string) any { return e.DOMProps[name] }

// Call calls a method of the element in every browser showing it, with
// the next update, once its custom element is defined and has rendered:
// el.Call("focus"), toast.Call("create", "Saved", opts). The arguments
// must be values JSON can carry; calls run in order.
func (e *Element) Call(method string, args ...any) {
	e.queueCall(wire.Call{ID: e.id, Method: method, Args: args})
}

// RequestCall is Call whose result each browser sends back as a
// result_ready page event with msg.RequestID requestID and msg.Result the
// value (awaited when a promise) as JSON, or the error's message.
func (e *Element) RequestCall(requestID, method string, args ...any) {
	e.queueCall(wire.Call{ID: e.id, Method: method, Args: args, RequestID: requestID})
}

// CallUpdate is Call for a method that brings the element up to date with
// its BuildProps (a chart's new points, a grid's row transaction): a
// browser that builds the element afresh has them already and is not sent
// it.
func (e *Element) CallUpdate(method string, args ...any) {
	e.queueCall(wire.Call{ID: e.id, Method: method, Args: args, Update: true})
}

func (e *Element) queueCall(c wire.Call) {
	if _, err := json.Marshal(c.Args); err != nil {
		slog.Warn("justgo: call arguments JSON cannot carry", "tag", e.tag, "method", c.Method, "err", err)
		return
	}
	if e.Calls == nil {
		e.Calls = &page.CallQueue{}
	}
	e.Calls.Add(c)
	e.Touch()
}
