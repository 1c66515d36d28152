package component

import "github.com/justgo/justgo/page"

// Make returns the element of a custom component: self is the component,
// a type that embeds the returned element, and opts apply as to any
// element, In adding self rather than the bare element. The page calls the
// methods self adds or replaces: React before each update (JustPy's
// react), ModelUpdate to show a model.
//
//	type InputWithDiv struct{ *jp.Element }
//
//	func NewInputWithDiv(opts ...jp.Opt) *InputWithDiv {
//		d := &InputWithDiv{}
//		d.Element = jp.Make(d, "div", opts...)
//		...
//		return d
//	}
func Make(self page.Component, tag string, opts ...Opt) *Element {
	e := Tag(tag)
	e.self = self
	for _, o := range opts {
		o(e)
	}
	return e
}

// Self returns the component the element stands for: the custom component
// that embeds it, or the element itself.
func (e *Element) Self() page.Component {
	if e.self != nil {
		return e.self
	}
	return e
}

// Maker makes a component from the options parsed from an HTML tag, so
// that a template can use a custom component (see htmlparse.Makers).
type Maker func(opts ...Opt) page.Component

// InputChangeOnly returns an input that tells the server its value when it
// changes (the person leaves it or presses Enter), not at each keystroke:
// it sends "change" events and never "input" ones (JustPy's
// InputChangeOnly).
func InputChangeOnly(opts ...Opt) *Element {
	e := Tag("input")
	e.changeOnly = true
	e.listEvents()
	for _, o := range opts {
		o(e)
	}
	return e
}

// React does nothing: a custom component replaces it to bring its children
// up to date before each update (see Make).
func (e *Element) React() {}
