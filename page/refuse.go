package page

import "strings"

// What a person could not have done: a hand-made client may send events
// and values for what the page does not offer, and the page refuses them.

// usable says why no person could have used the element the browser was
// last sent, if none could: it or an ancestor is hidden, or it is disabled.
// A hand-made client is refused what the page does not offer.
func usable(s *snapshot) error {
	if s.reach.hidden {
		return ErrHidden
	}
	if hasAttr(s.props.Attrs, "disabled") || s.reach.inDisabled {
		return ErrDisabled
	}
	return nil
}

// acceptable says why a value reported for a control is not one a person
// could have given it: the control is read-only, or a select was given an
// option it does not offer.
func (wp *WebPage) acceptable(s *snapshot, value *string, values []string) error {
	if value == nil && values == nil {
		return nil
	}
	if hasAttr(s.props.Attrs, "readonly") && takesReadOnly(s.c) {
		return ErrReadOnly
	}
	if s.c.Tag() != "select" {
		return nil
	}
	offered := map[string]bool{"": true} // nothing chosen
	for _, o := range options(s.c) {
		if !hasAttr(o.Properties().Attrs, "disabled") {
			offered[OptionValue(o)] = true
		}
	}
	if value != nil && !offered[*value] {
		return ErrNotOffered
	}
	for _, v := range values {
		if !offered[v] {
			return ErrNotOffered
		}
	}
	return nil
}

// hasAttr reports whether attrs has the attribute name (lower case), in
// any case, as the browser reads attribute names.
func hasAttr(attrs map[string]string, name string) bool {
	if _, ok := attrs[name]; ok {
		return true
	}
	for k := range attrs {
		if strings.EqualFold(k, name) {
			return true
		}
	}
	return false
}

// takesReadOnly reports whether readonly stops a person changing c's
// value: it does for text fields, not for checkboxes, radios, ranges,
// colors or files.
func takesReadOnly(c Component) bool {
	if c.Tag() == "textarea" {
		return true
	}
	if c.Tag() != "input" {
		return false
	}
	switch c.Properties().Attrs["type"] {
	case "", "text", "search", "url", "tel", "email", "password", "number",
		"date", "month", "week", "time", "datetime-local":
		return true
	}
	return false
}

// chosenValues are the values of a select's checked options.
func chosenValues(sel Component) []string {
	list := []string{}
	for _, o := range options(sel) {
		if o.Properties().Checked {
			list = append(list, OptionValue(o))
		}
	}
	return list
}
