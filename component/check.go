package component

import (
	"strings"

	"github.com/justgo/justgo/page"
)

// Check shows what is wrong with a field's value next to it, and clears
// when the value becomes valid: a <p role="alert"> (place it where the
// message belongs, usually right after the field) that shows what check
// says of the value (a sentence for the person; "" when it is valid) as the
// person types into the field, or once Validate asked. The field is
// marked aria-invalid while the error shows.
//
// The check runs in the field's "input" handler, after the field's own
// (set that one first: a handler set later replaces the check's), so the
// message and the field change in the same update.
type Check struct {
	*Element // the message
	Field    *Element

	check func(value string) string
}

// NewCheck returns the message element for field's check; opts set up the
// message (its classes, say).
func NewCheck(field *Element, check func(value string) string, opts ...Opt) *Check {
	c := &Check{Field: field, check: check}
	c.Element = Tag("p", append([]Opt{Attr("role", "alert"), Show(false)}, opts...)...)
	if i := field.handlerIndex("input"); i >= 0 { // its own handler first, with its options
		own := field.handlers[i].fn
		field.handlers[i].fn = func(self *Element, msg *page.Msg) error {
			err := own(self, msg)
			c.Validate()
			return err
		}
		return c
	}
	field.On("input", func(*Element, *page.Msg) error {
		c.Validate()
		return nil
	})
	return c
}

// Validate checks the field now, showing the error if there is one, and
// reports whether the value is valid.
func (c *Check) Validate() bool {
	if msg := c.check(c.Field.Value); msg != "" {
		c.Text, c.Show = msg, true
		c.Field.SetAttr("aria-invalid", "true")
		return false
	}
	c.Text, c.Show = "", false
	delete(c.Field.Attrs, "aria-invalid")
	return true
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
func Required(message string) func(string) string {
	return func(v string) string {
		if strings.TrimSpace(v) == "" {
			return message
		}
		return ""
	}
}
