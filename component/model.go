package component

import (
	"fmt"
	"strconv"

	"github.com/justgo/justgo/page"
)

// binding is an element's model: one value of a page's or element's State.
type binding struct {
	src page.StateHolder
	key string
	// stored is the value the element last put in the State, formatted, so
	// that the element is not set back to it (a number typed as "1.50"
	// stays as typed although the State holds 1.5).
	stored *string
}

// Model binds the element to src's State under key (JustPy's model=[wp,
// "text"]). Before each update the element shows the value: an input as
// its value, a checkbox as checked when the value is true (or a non-empty
// string other than "false"), a radio button as checked when it equals
// its value, any other element as its text. A value typed into a bound
// input (or a box checked) is stored back, so every element bound to the
// same value follows it; a number or range input stores a float64.
func Model(src page.StateHolder, key string) Opt {
	return func(e *Element) { e.model = &binding{src: src, key: key} }
}

// ModelState returns the element's State, making it when it is nil, for
// elements bound to it with Model.
func (e *Element) ModelState() page.State {
	if e.State == nil {
		e.State = page.State{}
	}
	return e.State
}

// ModelData returns ModelState.
//
// Deprecated: use ModelState.
func (e *Element) ModelData() page.State { return e.ModelState() }

// ModelValue returns the value the element is bound to, nil without a
// model.
func (e *Element) ModelValue() any {
	if e.model == nil {
		return nil
	}
	return e.model.src.ModelState()[e.model.key]
}

// ModelText returns the bound value as text: "" for nil, numbers in their
// shortest form.
func (e *Element) ModelText() string { return format(e.ModelValue()) }

// ModelUpdate shows the bound value (JustPy's model_update). The page
// calls it before each update; a custom component may replace it.
func (e *Element) ModelUpdate() {
	if e.model == nil {
		return
	}
	v := e.ModelValue()
	s := format(v)
	if e.model.stored != nil && *e.model.stored == s {
		return // its own value, as typed
	}
	e.model.stored = nil
	switch {
	case e.isInput("checkbox"):
		e.Checked = truthy(v)
	case e.isInput("radio"):
		e.Checked = s == e.Value
	case e.tag == "input" || e.tag == "textarea" || e.tag == "select":
		e.Value = s
	default:
		e.Text = s
	}
}

// ValueChanged stores the value the browser reported in the bound State.
// The page calls it; it reports whether there is a model.
func (e *Element) ValueChanged() bool {
	if e.model == nil {
		return false
	}
	var v any = e.Value
	switch {
	case e.isInput("checkbox"):
		v = e.Checked
	case e.isInput("radio"):
		if !e.Checked {
			return false // the group's checked button stores its value
		}
	case e.isInput("number") || e.isInput("range"):
		f, err := e.Number()
		if err != nil {
			return false // the browser shows the person what is wrong
		}
		v = f
	}
	e.model.src.ModelState()[e.model.key] = v
	s := format(v)
	e.model.stored = &s
	return true
}

func (e *Element) isInput(typ string) bool { return e.tag == "input" && e.Attrs["type"] == typ }

// Number returns the value of a number or range input as a number.
func (e *Element) Number() (float64, error) { return page.ParseNumber(e.Value) }

func format(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case string:
		if b, err := strconv.ParseBool(v); err == nil {
			return b
		}
		return v != ""
	case float64:
		return v != 0
	case int:
		return v != 0
	}
	return true
}
