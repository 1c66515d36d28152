package page

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/justgo/justgo/internal/wire"
)

// number converts an input's value. A value that is not a number is not
// valid, when the browser has not said why already; a number may be
// invalid too (the browser's step or range).
func number(v, invalid string) (float64, string) {
	if v == "" {
		return 0, invalid
	}
	f, err := ParseNumber(v)
	if err != nil {
		if invalid == "" {
			invalid = err.Error()
		}
		return 0, invalid
	}
	return f, invalid
}

// ParseNumber reads the value of a number or range input: a finite
// number, as the browser writes it.
func ParseNumber(v string) (float64, error) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, fmt.Errorf("%q is not a number", v)
	}
	return f, nil
}

// dragged resolves what a drag event carries: the element dragged, when
// it is one this page's browsers were sent (an id the page does not know
// is dropped, as an event for it would be), and the dragged text.
func (wp *WebPage) dragged(d *wire.Drag) (Component, string) {
	if d == nil {
		return nil, ""
	}
	var c Component
	if s := wp.sent[d.ID]; s != nil && d.ID != wire.RootID {
		c = s.c
	}
	return c, d.Text
}
