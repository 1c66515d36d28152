package component

import (
	"errors"
	"strings"

	"github.com/justgo/justgo/page"
)

// Check shows what is wrong with a field's value next to it, and clears
// when the value becomes valid: a <p role="alert"> (place it where the
// message belongs, usually right after the field) that shows check's error
// once the person has changed the field, or once Validate asked. The field
// is marked aria-invalid while the error shows.
//
// The message follows as the person types: a field without an "input"
// handler gets one that does nothing, so that each keystroke is an update.
type Check struct {
	*Element // the message
	Field    *Element

	check   func(value string) error
	initial string
	touched bool
	err     error
}

// NewCheck returns the message element for field's check; opts set up the
// message (its classes, say).
func NewCheck(field *Element, check func(value string) error, opts ...Opt) *Check {
	c := &Check{Field: field, check: check, initial: field.Value}
	c.Element = Make(c, "p", append([]Opt{Attr("role", "alert"), Show(false)}, opts...)...)
	if field.handlerIndex("input") < 0 {
		field.On("input", func(*Element, *page.Msg) error { return nil })
	}
	return c
}

// React brings the message up to date before the page sends it.
func (c *Check) React() {
	if !c.touched && c.Field.Value == c.initial {
		return
	}
	c.touched = true
	c.err = c.check(c.Field.Value)
	if c.err != nil {
		c.Text, c.Show = c.err.Error(), true
		c.Field.SetAttr("aria-invalid", "true")
		return
	}
	c.Text, c.Show = "", false
	delete(c.Field.Attrs, "aria-invalid")
}

// Validate checks the field now, showing the error if there is one, and
// reports whether the value is valid.
func (c *Check) Validate() bool {
	c.touched = true
	c.React()
	return c.err == nil
}

// Validate validates every check (each shows its error) and reports
// whether all the values are valid: a submit handler's first line.
func Validate(checks ...*Check) bool {
	ok := true
	for _, c := range checks {
		ok = c.Validate() && ok
	}
	return ok
}

// Required is a check that the value is not blank; message says so.
func Required(message string) func(string) error {
	return func(v string) error {
		if strings.TrimSpace(v) == "" {
			return errors.New(message)
		}
		return nil
	}
}
