package jptest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire"
)

// Web components the server declared controls (wire.AttrControl, package
// wa) hold what the person chose in the DOM properties their Control
// names; the client reads those and reports them after the Control's
// events. jptest keeps the properties on the Node and reports them by the
// client's rules (static/client.js: declare, setProps, withValue, state,
// sendValue, onControl), in the same order. It takes every component to be
// defined and rendered at once, and to start from its value attribute, as
// Web Awesome's do.

// declare reads a control declaration, as the client's declare: one that
// does not decode declares nothing.
func declare(n *Node, js string) {
	n.Control = nil
	var c jp.Control
	if js != "" && json.Unmarshal([]byte(js), &c) == nil {
		n.Control = &c
	}
}

// firstProps sets a first paint's properties: a declared control's value
// from its value attribute, as the component takes it, then those of
// wire.AttrProps, as the client sets them.
func firstProps(n *Node, js string) {
	if c := n.Control; c != nil && c.Value != "" && n.Value != "" {
		if c.Multiple { // Web Awesome's multiple select: the values apart by spaces
			list := []any{}
			for _, v := range strings.Fields(n.Value) {
				list = append(list, v)
			}
			n.setProp(c.Value, list)
		} else {
			n.setProp(c.Value, fromServer(c, c.Value, n.Value))
		}
	}
	var props map[string]any
	if js != "" && json.Unmarshal([]byte(js), &props) == nil {
		serverProps(n, props, false)
	}
}

// serverProps sets properties the server sent, as the client's setProps:
// while the person's change is on its way (stale), those a declared
// control reports wait.
func serverProps(n *Node, props map[string]any, stale bool) {
	for k, v := range props {
		if stale && reports(n.Control, k) {
			continue
		}
		n.setProp(k, fromServer(n.Control, k, v))
	}
}

// reports reports whether the property k is one the client reports of a
// control declared c.
func reports(c *jp.Control, k string) bool {
	return c != nil && k != "" && (k == c.Value || k == c.Checked || slices.Contains(c.Props, k))
}

// fromServer is what the client sets for the property k: a number
// control's value sent as a string becomes a number.
func fromServer(c *jp.Control, k string, v any) any {
	if s, ok := v.(string); ok && c != nil && c.Number && k == c.Value {
		return jsNumber(s)
	}
	return v
}

// setProp sets a property; a declared control's Value and Checked follow
// the properties that hold them, as the client reads them.
func (n *Node) setProp(k string, v any) {
	if n.Props == nil {
		n.Props = map[string]any{}
	}
	n.Props[k] = v
	if c := n.Control; c != nil && k != "" {
		if k == c.Value {
			n.Value = valueText(n)
		}
		if k == c.Checked {
			n.Checked = checkedOf(n)
		}
	}
}

// applyControl applies an op's value and checked state to a declared
// control, as the client's setValue and setChecked: one that holds no
// value, or a checked state, has a value attribute; another's value
// property takes the value unless it is stale. The server then has what
// the control shows.
func (p *Page) applyControl(n *Node, op *wire.Op, stale bool) {
	c := n.Control
	if op.Value != nil {
		switch {
		case hasChecked(n) || c.Value == "":
			n.Value = *op.Value // its value attribute
		case !stale:
			n.setProp(c.Value, fromServer(c, c.Value, *op.Value))
		}
	}
	if op.Checked != nil && hasChecked(n) && !stale {
		n.setProp(c.Checked, *op.Checked)
	}
	if op.Value != nil || op.Checked != nil && hasChecked(n) || op.Props != nil {
		p.reported[n.Ref] = state(n)
	}
}

// valueOf is a declared control's value as the client reads it: its value
// property, "" when it has none; one that takes several holds a list,
// empty until something is chosen.
func valueOf(n *Node) any {
	c := n.Control
	if c.Value == "" {
		return ""
	}
	switch v := n.Props[c.Value]; {
	case v != nil:
		return v
	case c.Multiple:
		return []any{}
	}
	return ""
}

// valueText is a declared control's value as msg.value carries it: the
// first of a list.
func valueText(n *Node) string {
	if list, ok := valueOf(n).([]any); ok {
		if len(list) == 0 {
			return ""
		}
		return jsString(list[0])
	}
	return jsString(valueOf(n))
}

// chosen is what the client sends as msg.values of a declared control that
// takes several: its list's values as strings, none when it holds no list.
func chosen(n *Node) []string {
	list, _ := valueOf(n).([]any)
	values := make([]string, len(list))
	for i, v := range list {
		values[i] = jsString(v)
	}
	return values
}

func checkedOf(n *Node) bool { return n.Control.Checked != "" && truthy(n.Props[n.Control.Checked]) }

// state is what the client compares to know whether the server has a
// declared control's state already: its value, the properties it reports
// and its checked state.
func state(n *Node) string {
	props := make([]any, len(n.Control.Props))
	for i, k := range n.Control.Props {
		props[i] = plain(n.Props[k])
	}
	b, _ := json.Marshal([]any{plain(valueOf(n)), props, checkedOf(n)})
	return string(b)
}

// withValue adds to m what the client's withValue adds for a control: its
// value and checked state, and for a declared one the chosen values when
// its value is a list and the properties it reports.
func withValue(m wire.ClientMsg, n *Node) wire.ClientMsg {
	c := n.Control
	if c == nil {
		v, checked := n.Value, n.Checked
		m.Value = &v
		if hasChecked(n) {
			m.Checked = &checked
		}
		return m
	}
	if _, ok := valueOf(n).([]any); ok {
		m.Values = chosen(n)
		m.Value = ptr(valueText(n))
	} else if c.Value != "" {
		m.Value = ptr(valueText(n))
	}
	if hasChecked(n) {
		m.Checked = ptr(checkedOf(n))
	}
	if len(c.Props) > 0 {
		m.Props = map[string]json.RawMessage{}
		for _, k := range c.Props {
			b, _ := json.Marshal(plain(n.Props[k]))
			m.Props[k] = b
		}
	}
	return m
}

// fire appends to msgs what the client sends when event fires on n: a
// declared control's state first, when event is one its Control reports
// after and no handler of the event carries it at once (and the server
// lacks it), then the event, with detail, to n and each element above it
// that listens for it, as it bubbles, to the first of them that stops it
// (focus, blur, mouseenter and mouseleave reach n alone). msgs are for one
// send.
func (p *Page) fire(msgs []wire.ClientMsg, n *Node, event string, detail json.RawMessage) []wire.ClientMsg {
	if reportsAfter(n, event) && p.reported[n.Ref] != state(n) {
		msgs = append(msgs, withValue(wire.ClientMsg{Type: wire.TypeValue, ID: n.Ref}, n))
		p.told(n, len(msgs))
	}
	path := pathTo(p.root, n)
	if slices.Contains(nonBubbling, event) && len(path) > 0 {
		path = path[len(path)-1:]
	}
	for i := len(path) - 1; i >= 0; i-- {
		c := path[i]
		if c == p.root || !c.Listens(event) {
			continue
		}
		m := wire.ClientMsg{Type: wire.TypeEvent, ID: c.Ref, Event: event, Detail: detail}
		if event == "submit" && c.Tag == "form" {
			m.Form = p.formData(c)
		}
		if isControl(c) {
			m = withValue(m, c)
		}
		msgs = append(msgs, m)
		if c.Control != nil {
			p.told(c, len(msgs))
		}
		if _, stop := c.Attrs[wire.AttrStopPropagation]; stop {
			break // the client stops it there (EventPropagation(false))
		}
	}
	return msgs
}

// reportsAfter reports whether the client reports n's state after event by
// itself (onControl): n is a declared control, event one of its Control's
// events, and no handler of the event carries the state at once; "input"
// into an InputChangeOnly reports nothing.
func reportsAfter(n *Node, event string) bool {
	c := n.Control
	if c == nil || !slices.Contains(c.Events, event) || event == "input" && changeOnly(n) {
		return false
	}
	return !slices.ContainsFunc(n.On, func(e string) bool {
		return wire.EventName(e) == event && !wire.HasModifier(e, wire.ModDebounce) && !wire.HasModifier(e, wire.ModThrottle)
	})
}

// told records that the i-th message of the next send (from 1) tells the
// server n's state, as the client's remember does: a value the server made
// before handling it is stale, and the same state does not go again.
func (p *Page) told(n *Node, i int) {
	p.reported[n.Ref] = state(n)
	p.edited[n.Ref] = p.seq + uint64(i)
}

// What a person does to a declared control is what its component does
// (it sets its value or checked property, and fires input, when its
// Control reports after input, then change), then what the client sends.

// valued returns the declaration of a control that holds a value.
func (p *Page) valued(n *Node, action string) *jp.Control {
	p.t().Helper()
	if n.Control.Value == "" {
		p.t().Fatalf("jptest: cannot %s <%s>: its control holds no value (%s)", action, n.Tag, n.Attrs[wire.AttrControl])
	}
	return n.Control
}

// typed is the value property a declared control takes for what was typed
// or chosen: a number control's is a number.
func typed(c *jp.Control, s string) any {
	if c.Number {
		return jsNumber(s)
	}
	return s
}

func (p *Page) typeIntoControl(n *Node, text string) {
	p.t().Helper()
	c := p.valued(n, "type into")
	var msgs []wire.ClientMsg
	for _, r := range text {
		n.setProp(c.Value, typed(c, n.Value+string(r)))
		msgs = p.fire(msgs, n, "input", nil)
	}
	p.send(msgs...)
}

func (p *Page) clearControl(n *Node) {
	p.t().Helper()
	c := p.valued(n, "clear")
	if n.Value == "" {
		return
	}
	n.setProp(c.Value, typed(c, ""))
	p.send(p.fire(nil, n, "input", nil)...)
}

func (p *Page) selectInControl(n *Node, value string) {
	p.t().Helper()
	c := p.valued(n, "select in")
	if c.Multiple {
		p.selectManyInControl(n, value)
		return
	}
	n.setProp(c.Value, typed(c, value))
	p.controlChanged(n)
}

func (p *Page) selectManyInControl(n *Node, values ...string) {
	p.t().Helper()
	c := p.valued(n, "select several in")
	if !c.Multiple {
		p.t().Fatalf("jptest: <%s> takes one value: Select it", n.Tag)
	}
	list := make([]any, len(values))
	for i, v := range values {
		list[i] = v
	}
	n.setProp(c.Value, list)
	p.controlChanged(n)
}

func (p *Page) checkControl(n *Node, checked bool) {
	p.t().Helper()
	if n.Control.Checked == "" {
		p.t().Fatalf("jptest: cannot check <%s>: its control has no checked state (%s)", n.Tag, n.Attrs[wire.AttrControl])
	}
	n.setProp(n.Control.Checked, checked)
	p.controlChanged(n)
}

// controlChanged fires what a component fires once the person changed it:
// input, when its Control reports after it, then change.
func (p *Page) controlChanged(n *Node) {
	p.t().Helper()
	var msgs []wire.ClientMsg
	if slices.Contains(n.Control.Events, "input") {
		msgs = p.fire(msgs, n, "input", nil)
	}
	p.send(p.fire(msgs, n, "change", nil)...)
}

// Dispatch fires a custom event on n with a detail, as a component does
// (a tab group's wa-tab-show, a tree's wa-selection-change). As the
// client, it sends a declared control's state first when its Control
// reports after the event and no handler carries it, then the event, with
// the detail as JSON (Nodes in its maps and slices as their Refs; null
// when over wire.MaxDetailBytes), to n and each element above it that
// listens for it, as Web Awesome's events bubble. A nil detail sends none.
func (p *Page) Dispatch(n *Node, event string, detail any) {
	p.t().Helper()
	p.mustBeOnPage(n)
	p.send(p.fire(nil, n, event, p.detailJSON(detail))...)
}

// Report plays a component changing properties of its own, then firing
// event (a dialog Escape closed: open false, then wa-after-hide). n takes
// props, as JSON carries them, and the server gets what the client reports
// of them: in a value message when event is one n's Control reports after
// and the server does not listen for it, in the event's message when it
// does. Properties n's Control does not name stay in the browser.
func (p *Page) Report(n *Node, event string, props map[string]any) {
	p.t().Helper()
	p.mustBeOnPage(n)
	for k, v := range props {
		n.setProp(k, plain(v))
	}
	p.send(p.fire(nil, n, event, nil)...)
}

// OpenControl plays a component that opens (a dialog, a drawer, details, a
// dropdown) finishing opening: Report of open true with its Control's
// first event (wa-after-show).
func (p *Page) OpenControl(n *Node) {
	p.t().Helper()
	p.openClose(n, true)
}

// CloseControl plays a component closing by itself, as its close button or
// Escape closes it: Report of open false with its Control's last event
// (wa-after-hide). (Page.Close closes the page.)
func (p *Page) CloseControl(n *Node) {
	p.t().Helper()
	p.openClose(n, false)
}

func (p *Page) openClose(n *Node, open bool) {
	p.t().Helper()
	c := n.Control
	if c == nil || !slices.Contains(c.Props, "open") || len(c.Events) == 0 {
		p.t().Fatalf("jptest: <%s> is not a control that reports open", n.Tag)
	}
	event := c.Events[0]
	if !open {
		event = c.Events[len(c.Events)-1]
	}
	p.Report(n, event, map[string]any{"open": open})
}

// mustBeOnPage fails the test unless n is on the page: a component fires
// events whether or not it is shown.
func (p *Page) mustBeOnPage(n *Node) {
	p.t().Helper()
	if p.nodes[n.Ref] != n {
		p.t().Fatalf("jptest: the <%s> is not on the page", n.Tag)
	}
}

// Calls are the element methods the server called in this page (Call,
// RequestCall, wa.Notify's create), in the order the patches carry them:
// an element's in the order it made them. jptest runs none: a RequestCall
// gets no result_ready.
func (p *Page) Calls() []wire.Call { return p.calls }

// Toasts are the texts of the toasts the server showed (wa.Notify: create
// on a wa-toast), in order, those the browser has let go included.
func (p *Page) Toasts() []string { return p.toasts }

// called records a patch's calls; the client makes them after its ops, on
// the elements the ops left.
func (p *Page) called(calls []wire.Call) {
	for _, c := range calls {
		p.calls = append(p.calls, c)
		if n := p.nodes[c.ID]; n != nil && n.Tag == "wa-toast" && c.Method == "create" && len(c.Args) > 0 {
			if text, ok := c.Args[0].(string); ok {
				p.toasts = append(p.toasts, text)
			}
		}
	}
}

// detailJSON is a custom event's detail as the client sends it: nil for
// none, null when over wire.MaxDetailBytes.
func (p *Page) detailJSON(detail any) json.RawMessage {
	p.t().Helper()
	if detail == nil {
		return nil
	}
	b, err := marshal(refs(detail))
	if err != nil {
		p.t().Fatalf("jptest: a detail JSON cannot carry: %v", err)
	}
	if len(b) > wire.MaxDetailBytes {
		return json.RawMessage("null")
	}
	return b
}

// plain is v as JSON carries it, as the client's plain: Nodes as their
// Refs, what JSON cannot say as nil.
func plain(v any) any {
	b, err := marshal(refs(v))
	if err != nil {
		return nil
	}
	var out any
	json.Unmarshal(b, &out)
	return out
}

// marshal is JSON.stringify's JSON: <, > and & as they are.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// refs is v with the Nodes in it, through maps and slices, replaced by
// their Refs, as the client sends an element.
func refs(v any) any {
	switch x := v.(type) {
	case nil, string, bool, float64, int, json.RawMessage:
		return v
	case *Node:
		if x == nil {
			return nil
		}
		return x.Ref
	}
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Slice, reflect.Array:
		if r.Kind() == reflect.Slice && r.IsNil() || r.Type().Elem().Kind() == reflect.Uint8 {
			return v // null, or bytes as JSON has them
		}
		out := make([]any, r.Len())
		for i := range out {
			out[i] = refs(r.Index(i).Interface())
		}
		return out
	case reflect.Map:
		if r.IsNil() || r.Type().Key().Kind() != reflect.String {
			return v
		}
		out := make(map[string]any, r.Len())
		for it := r.MapRange(); it.Next(); {
			out[it.Key().String()] = refs(it.Value().Interface())
		}
		return out
	}
	return v
}

// jsString is JavaScript's String(v) for JSON's values (numbers beyond
// JavaScript's plain notation aside).
func jsString(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case float64:
		switch {
		case math.IsNaN(x):
			return "NaN"
		case math.IsInf(x, 1):
			return "Infinity"
		case math.IsInf(x, -1):
			return "-Infinity"
		}
		return strconv.FormatFloat(x, 'f', -1, 64)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			if e != nil {
				parts[i] = jsString(e)
			}
		}
		return strings.Join(parts, ",")
	case map[string]any:
		return "[object Object]"
	}
	return fmt.Sprint(v)
}

// jsNumber is JavaScript's Number(s): 0 for blank, NaN for what is not a
// number.
func jsNumber(s string) float64 {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return math.NaN()
	}
	return f
}

// truthy is JavaScript's truth of a JSON value.
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case float64:
		return x != 0 && !math.IsNaN(x)
	}
	return true
}
