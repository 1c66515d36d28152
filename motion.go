package jp

import "github.com/justgo/justgo/component"

// SetFocus gives the element focus when the page is shown, or once the
// browser has the change that set it (JustPy's set_focus=True);
// Element.SetFocus(false) takes it back.
func SetFocus(b bool) Opt { return component.SetFocus(b) }

// Transition is JustPy's transition dict: Tailwind classes for each phase
// (Load, Enter, Leave), held throughout it, started from and ended at.
//
// Fields of component.Transition:
//
//   - Enter, EnterStart, EnterEnd string
//   - Leave, LeaveStart, LeaveEnd string
//   - Load, LoadStart, LoadEnd string
//
// Full documentation: go doc github.com/justgo/justgo/component Transition, or Transition.Enter for one field.
type Transition = component.Transition

// WithTransition plays t when the element loads, is shown and is hidden
// (by Show, or by the class hidden: SetClass("hidden"), RemoveClass("hidden"))
// (JustPy's transition=).
func WithTransition(t Transition) Opt { return component.WithTransition(t) }

// Draggable makes the element one a person can drag, with dragClasses
// while dragged (JustPy's drag_options={'drag_classes': …}); the handler
// for drop on another element reads it as msg.Dragged.
func Draggable(dragClasses string) Opt { return component.Draggable(dragClasses) }

// AdditionalProperties names properties of the DOM event ("screenX",
// "altKey", "buttons"…) that travel with each of the element's events, for
// its handlers to read in msg.EventProps (JustPy's additional_properties).
func AdditionalProperties(names ...string) Opt { return component.AdditionalProperties(names...) }

// EventPropagation false stops the element's events at it, so that the
// elements around it do not get them (JustPy's event_propagation=False).
func EventPropagation(b bool) Opt { return component.EventPropagation(b) }
