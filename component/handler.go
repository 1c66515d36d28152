package component

import (
	"fmt"

	"github.com/justgo/justgo/page"
)

// Handler handles one event of an element. self is the element, msg says
// what happened; an error is logged and the page keeps working.
type Handler func(self *Element, msg *page.Msg) error

// HandlerFunc is the constraint of On's handler: a Handler, or a func of
// the same shape with or without the error result. JustPy's handlers
// return nothing; one that cannot fail needs no "return nil" here either.
type HandlerFunc interface {
	Handler | func(*Element, *page.Msg) error | func(*Element, *page.Msg)
}

// handlerOf converts what Element.On takes to a Handler. A method cannot
// have type parameters, so Element.On checks at run time what On and
// AsHandler check when they compile; anything else panics, naming the
// type (page functions and handlers run under recover, so the page
// reports it).
func handlerOf(h any) Handler {
	switch f := h.(type) {
	case Handler:
		return f
	case func(*Element, *page.Msg) error:
		return f
	case func(*Element, *page.Msg):
		if f == nil {
			return nil
		}
		return func(self *Element, msg *page.Msg) error { f(self, msg); return nil }
	case nil:
		return nil
	}
	panic(fmt.Sprintf("component: On takes a func(self *Element, msg *page.Msg), with or without an error result, not a %T", h))
}
