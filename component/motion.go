package component

import (
	"encoding/json"
	"strings"

	"github.com/justgo/justgo/internal/wire"
)

// SetFocus gives the element focus when the page is shown, or once the
// browser has the change that set it (JustPy's set_focus=True); false
// takes it back, so that a later update does not take the focus again.
// With several elements set, the last one the browser meets has it.
func SetFocus(b bool) Opt { return func(e *Element) { e.SetFocus(b) } }

// SetFocus is the option SetFocus on a made element (JustPy's
// el.set_focus = True): it writes the element's autofocus attribute,
// which the client follows after each patch that sets it.
func (e *Element) SetFocus(b bool) {
	if !b {
		e.removeAttr(wire.AttrFocus)
		return
	}
	e.SetAttr(wire.AttrFocus, "")
}

// Transition is a CSS transition in JustPy's transition dict (Alpine's
// format): for each phase, Tailwind classes held throughout it, those it
// starts from and those it ends at. Load plays when the element first
// shows, Enter when it is shown (Show(true), or RemoveClass("hidden")),
// Leave when it is hidden (Show(false), SetClass("hidden")), which waits
// for the transition to end. Any phase may be left empty.
type Transition struct {
	Enter, EnterStart, EnterEnd string
	Leave, LeaveStart, LeaveEnd string
	Load, LoadStart, LoadEnd    string
}

// WithTransition sets the element's transition (JustPy's transition=).
func WithTransition(t Transition) Opt { return func(e *Element) { e.SetTransition(t) } }

// SetTransition sets the element's transition; the zero Transition removes
// it.
func (e *Element) SetTransition(t Transition) {
	phases := map[string]string{}
	for k, v := range map[string]string{
		wire.TransitionEnter: t.Enter, wire.TransitionEnterStart: t.EnterStart, wire.TransitionEnterEnd: t.EnterEnd,
		wire.TransitionLeave: t.Leave, wire.TransitionLeaveStart: t.LeaveStart, wire.TransitionLeaveEnd: t.LeaveEnd,
		wire.TransitionLoad: t.Load, wire.TransitionLoadStart: t.LoadStart, wire.TransitionLoadEnd: t.LoadEnd,
	} {
		if v = strings.TrimSpace(v); v != "" {
			phases[k] = v
		}
	}
	if len(phases) == 0 {
		e.removeAttr(wire.AttrTransition)
		return
	}
	js, _ := json.Marshal(phases) // strings only: it cannot fail
	e.SetAttr(wire.AttrTransition, string(js))
}

// Draggable makes the element one a person can drag (JustPy's
// drag_options): dragClasses, when not "", are classes it has while
// dragged ("text-white bg-red-500"). The drop handler of the element it
// is dropped on reads it as msg.Dragged.
func Draggable(dragClasses string) Opt {
	return func(e *Element) {
		e.SetAttr("draggable", "true")
		if dragClasses != "" {
			e.SetAttr(wire.AttrDragClasses, dragClasses)
		}
	}
}
