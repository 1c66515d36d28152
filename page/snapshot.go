package page

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"

	"github.com/justgo/justgo/internal/wire"
)

// snapshot is what a page last sent of one component: the page diffs the
// live Props against it. It also indexes the components the browser knows,
// so an event can only name one of those.
type snapshot struct {
	c     Component
	props Props
	kids  []string
	on    []string
	gen   uint64 // the flush that last reached it
	calls uint64 // the last of its Calls sent
	ctl   string // its Control as sent, JSON
	// domChanged says diffProps found a DOM property changed: record copies
	// them again.
	domChanged bool
	reach      access     // what a person can do with it, as the browser was last sent it
	at         int32      // its place in the page's order
	tracked    *trackMark // for a tracked subtree's root: when the page last compared it
}

// access is what a person can do with an element, given its ancestors.
type access struct {
	hidden     bool // it or an ancestor is hidden: nobody can use it
	inDisabled bool // a disabled fieldset holds it: its controls are disabled
}

// reach is where an element is: what a person can do with it, and the
// tracked subtree that holds it.
type reach struct {
	access
	tracked *Generation // the tracked subtree it is in (Track)
}

// self is r with the element's own state, as its children inherit it.
func (r reach) self(p *Props) reach {
	r.hidden = r.hidden || !p.Show
	if g := p.tracked(); g != nil {
		r.tracked = g
	}
	return r
}

// kids is what the element c, with reach r, lets its children do, read
// once for all of them.
func (r reach) kids(c Component) kidsReach {
	kr := kidsReach{r: r}
	if c != nil && c.Tag() == "fieldset" && hasAttr(c.Properties().Attrs, "disabled") {
		kr.fieldset = c
	}
	return kr
}

// kidsReach is what an element lets its children do.
type kidsReach struct {
	r        reach
	fieldset Component // the element, when it is a disabled fieldset
}

// of is what the i-th child k may do: a disabled fieldset disables what it
// holds, but for its first legend.
func (kr kidsReach) of(i int, k Component) reach {
	if kr.fieldset == nil || k.Tag() == "legend" && firstLegend(kr.fieldset, i) {
		return kr.r
	}
	r := kr.r
	r.inDisabled = true
	return r
}

func firstLegend(fieldset Component, i int) bool {
	for _, k := range fieldset.Components()[:i] {
		if k.Tag() == "legend" {
			return false
		}
	}
	return true
}

func (s *snapshot) record(c Component, p *Props, kids []Component) {
	s.c = c
	attrs, dom, domChanged := s.props.Attrs, s.props.DOMProps, s.domChanged
	s.props = *p
	if len(p.Attrs) == 0 {
		s.props.Attrs = nil
	} else if !maps.Equal(attrs, p.Attrs) {
		s.props.Attrs = maps.Clone(p.Attrs)
	} else {
		s.props.Attrs = attrs
	}
	switch {
	case len(p.DOMProps) == 0:
		s.props.DOMProps = nil
	case dom == nil || domChanged: // the copy stays while the element's properties do
		s.props.DOMProps = maps.Clone(p.DOMProps)
	default:
		s.props.DOMProps = dom
	}
	s.domChanged = false
	s.kids = s.kids[:0]
	for _, k := range kids {
		s.kids = append(s.kids, k.Ref())
	}
	s.on = c.Events()
}

// diffProps fills op with what changed between the snapshot and p, and
// reports whether anything did.
func (s *snapshot) diffProps(p *Props, control bool, op *wire.Op) bool {
	changed := changedString(s.props.Text, p.Text, &op.Text)
	changed = changedString(s.props.Classes, p.Classes, &op.Class) || changed
	changed = changedString(s.props.Style, p.Style, &op.Style) || changed
	changed = changedString(s.props.Value, p.Value, &op.Value) || changed
	changed = changedString(s.props.InnerHTML, p.InnerHTML, &op.HTML) || changed
	if s.props.Show != p.Show {
		v := p.Show
		op.Show = &v
		changed = true
	}
	if s.props.Checked != p.Checked {
		v := p.Checked
		op.Checked = &v
		changed = true
	}
	if !maps.Equal(s.props.Attrs, p.Attrs) {
		// An attribute is sent when it is written now (validAttr) and was
		// not, or with another value; removed when it was written and is
		// not now, whether it is gone or its new value is refused.
		op.Attrs = map[string]*string{}
		for k, v := range p.Attrs {
			if !validAttr(control, p.Attrs, k, v) {
				continue
			}
			if old, ok := s.props.Attrs[k]; !ok || old != v || !validAttr(control, s.props.Attrs, k, old) {
				op.Attrs[k] = &v
			}
		}
		for k, old := range s.props.Attrs {
			if !validAttr(control, s.props.Attrs, k, old) {
				continue
			}
			if v, ok := p.Attrs[k]; !ok || !validAttr(control, p.Attrs, k, v) {
				op.Attrs[k] = nil
			}
		}
		changed = changed || len(op.Attrs) > 0
		if len(op.Attrs) == 0 {
			op.Attrs = nil
		}
	}
	if p.Control != s.props.Control {
		if ctl := controlJSON(p.Control); ctl != s.ctl {
			if op.Attrs == nil {
				op.Attrs = map[string]*string{}
			}
			op.Attrs[wire.AttrControl] = &ctl
			if ctl == "" {
				op.Attrs[wire.AttrControl] = nil
			}
			s.ctl, changed = ctl, true
		}
	}
	if len(p.DOMProps) > 0 || len(s.props.DOMProps) > 0 {
		for k, v := range p.DOMProps {
			if old, ok := s.props.DOMProps[k]; !ok || !sameValue(old, v) {
				if op.Props == nil {
					op.Props = map[string]any{}
				}
				op.Props[k] = v
			}
		}
		for k := range s.props.DOMProps {
			if _, ok := p.DOMProps[k]; !ok {
				if op.Props == nil {
					op.Props = map[string]any{}
				}
				op.Props[k] = nil
			}
		}
		s.domChanged = op.Props != nil
		changed = changed || s.domChanged
	}
	return changed
}

// controlJSON is a Control as AttrControl carries it, "" for none.
func controlJSON(c *Control) string {
	if c == nil {
		return ""
	}
	b, _ := json.Marshal(c)
	return string(b)
}

// sameValue reports whether two DOM property values are equal: at once for
// the scalars they usually are, by their JSON otherwise.
func sameValue(a, b any) bool {
	switch x := a.(type) {
	case string:
		y, ok := b.(string)
		return ok && x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case float64:
		y, ok := b.(float64)
		return ok && x == y
	case int:
		y, ok := b.(int)
		return ok && x == y
	case nil:
		return b == nil
	case json.RawMessage:
		y, ok := b.(json.RawMessage)
		return ok && bytes.Equal(x, y)
	}
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && string(ja) == string(jb)
}

// changedString points dst at now when it differs from old.
func changedString(old, now string, dst **string) bool {
	if old == now {
		return false
	}
	v := now // allocated only for a change
	*dst = &v
	return true
}

// sendableAttrs drops the attributes that validAttr refuses.
func sendableAttrs(control bool, attrs map[string]string) map[string]string {
	for k, v := range attrs {
		if !validAttr(control, attrs, k, v) {
			out := make(map[string]string, len(attrs))
			for k, v := range attrs {
				if validAttr(control, attrs, k, v) {
					out[k] = v
				}
			}
			return out
		}
	}
	return attrs
}

func sameKids(ids []string, kids []Component) bool {
	if len(ids) != len(kids) {
		return false
	}
	for i, k := range kids {
		if ids[i] != k.Ref() {
			return false
		}
	}
	return true
}

func sameEvents(a, b []string) bool { return slices.Equal(a, b) }
