package page

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/upload"
)

// Errors for client messages the page refuses. The message is not
// dispatched; the connection carries on.
var (
	ErrUnknownElement = errors.New("page: no element with that id on the page")
	ErrNotListening   = errors.New("page: the element does not listen for that event")
	ErrNotInput       = errors.New("page: the element takes no value")
	ErrUnknownType    = errors.New("page: unknown message type")
	ErrHidden         = errors.New("page: the element is not shown")
	ErrDisabled       = errors.New("page: the control is disabled")
	ErrReadOnly       = errors.New("page: the control is read-only")
	ErrNotOffered     = errors.New("page: the select does not offer that option")
)

// IsRefusal reports whether err is a page's refusal of a client message
// (nothing ran), as opposed to a handler's error.
func IsRefusal(err error) bool {
	for _, r := range []error{ErrUnknownElement, ErrNotListening, ErrNotInput, ErrUnknownType,
		ErrHidden, ErrDisabled, ErrReadOnly, ErrNotOffered} {
		if errors.Is(err, r) {
			return true
		}
	}
	return false
}

// PanicError is a handler's panic, recovered.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string { return fmt.Sprintf("handler panicked: %v", e.Value) }

// Receive queues a message from connection c, whose websocket was opened
// with the verified session sessionID, for the page's goroutine: after
// everything queued before it, that runs the handler, if any, sends what
// changed to every browser showing the page and calls reply with the
// handler's error or why the message was refused. Receive never blocks; it
// reports false, queuing nothing, when the page is gone.
func (wp *WebPage) Receive(c Conn, sessionID, connID string, m *wire.ClientMsg, reply func(error)) bool {
	return wp.post(wp.message(c, sessionID, connID, m, reply))
}

// ReceiveHere is Receive for a caller whose goroutine can stand in for the
// page's own: when the page has none running, run is the page's work, which
// the caller runs once nothing else waits for it (a connection's reader
// hands the connection back first, so that it reads on meanwhile). The
// message is then handled without waking another goroutine for it.
func (wp *WebPage) ReceiveHere(c Conn, sessionID, connID string, m *wire.ClientMsg, reply func(error)) (ok bool, run func()) {
	ok, idle := wp.enqueue(wp.message(c, sessionID, connID, m, reply))
	if idle {
		run = wp.run
	}
	return ok, run
}

// message is the mailbox's function for a message from c.
func (wp *WebPage) message(c Conn, sessionID, connID string, m *wire.ClientMsg, reply func(error)) func() {
	if m.Type == wire.TypeSync {
		return func() { wp.sync(c, m, reply, true) }
	}
	return func() {
		err := guard(func() error { return wp.handle(c, sessionID, connID, m) })
		if reply != nil {
			reply(err)
		}
	}
}

// Handle is Receive that waits for the message to be handled and returns
// its error.
func (wp *WebPage) Handle(c Conn, sessionID, connID string, m *wire.ClientMsg) error {
	var err error
	if !wp.call(func() { err = guard(func() error { return wp.handle(c, sessionID, connID, m) }) }) {
		return ErrUnknownPage
	}
	return err
}

// sync answers a sync message once every earlier message is handled (the
// mailbox keeps the order) and what they caused on this page too: what
// their handlers queued here (a Do, a topic's value) runs first, once.
func (wp *WebPage) sync(c Conn, m *wire.ClientMsg, reply func(error), first bool) {
	wp.mu.Lock()
	queued := len(wp.box) > 0
	wp.mu.Unlock()
	if first && queued && wp.post(func() { wp.sync(c, m, reply, false) }) {
		return
	}
	if wp.owed {
		wp.flushNow() // and their changes sent
	}
	c.Send(wire.NewSynced(m.N))
	if reply != nil {
		reply(nil)
	}
}

// handle processes one message on the page's goroutine.
func (wp *WebPage) handle(c Conn, sessionID, connID string, m *wire.ClientMsg) error {
	wp.snapshotPaint() // the events' elements are found by their snapshots
	if m.Type == wire.TypeSync {
		wp.sync(c, m, nil, false)
		return nil
	}
	wp.mu.Lock()
	mem, _ := wp.conns.get(c)
	tab := mem.tab
	if t, _ := wp.handled.get(tab); t != nil && m.N != 0 {
		if m.N <= t.n { // sent again after a reconnect: handled already
			wp.mu.Unlock()
			return nil
		}
		t.n = m.N
	}
	wp.mu.Unlock()

	if m.ID == wire.RootID && m.Type == wire.TypeEvent {
		return wp.handlePageEvent(sessionID, connID, m)
	}
	s := wp.sent[m.ID]
	if s == nil || m.ID == wire.RootID {
		if m.Type != wire.TypeValue && m.Type != wire.TypeEvent {
			return fmt.Errorf("%w %q", ErrUnknownType, m.Type)
		}
		return fmt.Errorf("%w: %q", ErrUnknownElement, m.ID)
	}
	if err := usable(s); err != nil {
		return fmt.Errorf("%w: %s %q", err, s.c.Tag(), m.ID)
	}
	s.c.Properties().Touch() // its handlers most often change it
	// With several browsers on the page, what one reports goes to the
	// others at once (one flush however many values), so that a handler
	// setting a value back to what it was is still seen as a change.
	several := wp.audienceSize() > 1
	switch m.Type {
	case wire.TypeValue:
		if !isFormControl(s.c) {
			return fmt.Errorf("%w: %s %q", ErrNotInput, s.c.Tag(), m.ID)
		}
		if err := wp.acceptable(s, m.Value, m.Values); err != nil {
			return fmt.Errorf("%w: %s %q", err, s.c.Tag(), m.ID)
		}
		wp.receiveProps(s, m.Props)
		if bound := wp.receive(s, m.Value, m.Checked, m.Values, tab, several); bound || several {
			wp.flush() // and a model's other components show the value now
		}
		return nil
	case wire.TypeEvent:
		if !listens(s.c.Events(), m.Event) {
			return fmt.Errorf("%w: %q on %q", ErrNotListening, m.Event, m.ID)
		}
		p := s.c.Properties()
		values := m.Values
		if isFormControl(s.c) {
			wp.receiveProps(s, m.Props)
			if wp.acceptable(s, m.Value, m.Values) == nil {
				wp.receive(s, m.Value, m.Checked, m.Values, tab, several)
			} else if values != nil { // the handler sees what the server has
				values = chosenValues(s.c)
			}
		}
		var uploads []*File // removed when the handlers are done
		defer func() { upload.Release(uploads) }()
		msg := &Msg{
			EventType: m.Event, Ref: m.ID, Target: s.c, HTMLTag: s.c.Tag(), InputType: p.Attrs["type"],
			Value: p.Value, Checked: p.Checked, Invalid: m.Invalid, Values: values, Page: wp, PageID: wp.id,
			SessionID: sessionID, WebsocketID: connID, KeyData: m.Key,
		}
		if msg.InputType == "number" || msg.InputType == "range" || p.Control != nil && p.Control.Number {
			msg.Number, msg.Invalid = number(p.Value, m.Invalid)
		}
		if len(m.Detail) > 0 && len(m.Detail) <= wire.MaxDetailBytes {
			json.Unmarshal(m.Detail, &msg.Detail) // what does not decode stays nil
		}
		msg.Dragged, msg.DragText = wp.dragged(m.Drag)
		msg.EventProps = eventProps(p.Attrs, m.EventProps)
		if len(m.Files) > 0 {
			msg.Files = wp.files(m.Files, &uploads)
		}
		msg.FormData, msg.UploadError = wp.takeForm(m.Form, tab, several, &uploads)
		if several {
			wp.flush()
		}
		return wp.runEvent(s.c, msg)
	}
	return fmt.Errorf("%w %q", ErrUnknownType, m.Type)
}

// runEvent runs c's handler for msg with its before and after hooks, and
// sends what changed after the handler (what the after hook changes waits
// for the next update, as in JustPy).
func (wp *WebPage) runEvent(c Component, msg *Msg) error {
	h, hooked := c.(Hooked)
	var err error
	if hooked {
		err = guard(func() error { return h.RunHook("before", msg) })
	}
	if err == nil {
		err = guard(func() error { return c.HandleEvent(msg) })
	}
	if hooked && hasHook(c, "after") {
		wp.flushNow() // even to a busy browser: held back, the hook's change could undo the handler's
	} else {
		wp.flush()
	}
	if hooked {
		err = errors.Join(err, guard(func() error { return h.RunHook("after", msg) }))
	}
	return err
}

// hasHook reports whether c has a handler for hook: yes, unless c says
// otherwise (Element.HasHook).
func hasHook(c Component, hook string) bool {
	if h, ok := c.(interface{ HasHook(string) bool }); ok {
		return h.HasHook(hook)
	}
	return true
}

// handlePageEvent runs a page event's handler.
func (wp *WebPage) handlePageEvent(sessionID, connID string, m *wire.ClientMsg) error {
	h := wp.on[m.Event]
	if h == nil || m.Event == EventDisconnect { // the server's to say
		return fmt.Errorf("%w: page event %q", ErrNotListening, m.Event)
	}
	msg := &Msg{EventType: m.Event, Ref: wire.RootID, Page: wp, PageID: wp.id, SessionID: sessionID,
		WebsocketID: connID, RequestID: m.RID, Result: m.Result}
	if m.Value != nil {
		msg.Value = *m.Value
	}
	err := guard(func() error { return h(wp, msg) })
	wp.flush()
	return err
}

// adoptValue records a value the browser of tab, the page's only one,
// reported as what it shows: the snapshot takes it, so that a handler
// setting Value back to what it was is seen as a change, and browsers
// attaching later are noted as needing the whole page. (With several
// browsers, the caller flushes instead.)
func (wp *WebPage) adoptValue(s *snapshot, tab string) {
	p := s.c.Properties()
	s.props.Value, s.props.Checked = p.Value, p.Checked
	if ctl := p.Control; ctl != nil { // what the browser reported of its properties, too
		for _, k := range append([]string{ctl.Value}, ctl.Props...) {
			if v, ok := p.DOMProps[k]; ok && k != "" {
				if s.props.DOMProps == nil {
					s.props.DOMProps = map[string]any{}
				}
				s.props.DOMProps[k] = v
			}
		}
	}
	if wp.typedAlone == nil {
		wp.typedAlone = map[string]bool{}
	}
	wp.typedAlone[tab] = true
}

// takeForm sets the values of the submitted fields that are elements of
// this page, so that a submit handler reads them as it reads any input,
// and returns the fields for msg.FormData, with the uploaded files and
// their errors.
func (wp *WebPage) takeForm(fields []wire.FormField, tab string, several bool, uploads *[]*File) ([]FormField, error) {
	if len(fields) == 0 {
		return nil, nil
	}
	out := make([]FormField, len(fields))
	var errs []error
	for i, f := range fields {
		out[i] = FormField{Ref: f.ID, Tag: f.Tag, Type: f.Type, Name: f.Name, Placeholder: f.Placeholder,
			Value: f.Value, Checked: f.Checked, Values: f.Values}
		if len(f.Files) > 0 {
			out[i].Files = wp.files(f.Files, uploads)
			for _, file := range out[i].Files {
				if file.Err != nil {
					errs = append(errs, file.Err)
				}
			}
		}
		s := wp.sent[f.ID]
		if f.ID == "" || s == nil || !isFormControl(s.c) || f.Type == "file" {
			continue
		}
		if usable(s) != nil || wp.acceptable(s, &f.Value, f.Values) != nil {
			// what no person could have typed: the handler sees the server's own value
			p := s.c.Properties()
			out[i].Value, out[i].Checked = p.Value, p.Checked
			if f.Values != nil {
				out[i].Values = chosenValues(s.c)
			}
			continue
		}
		wp.receive(s, &f.Value, &f.Checked, f.Values, tab, several)
	}
	return out, errors.Join(errs...)
}

// receive stores what the browser of tab reports of a form control: its
// value, checked state and, for a select that allows several, the chosen
// options. When that browser is the page's only one, the snapshots take
// the values; with several the caller flushes. It reports whether a model
// took the value.
func (wp *WebPage) receive(s *snapshot, value *string, checked *bool, values []string, tab string, several bool) bool {
	p := s.c.Properties()
	p.Touch()
	if value != nil {
		p.Value = *value
	}
	if checked != nil {
		p.Checked = *checked
	}
	if ctl := p.Control; ctl != nil && ctl.Multiple && values != nil {
		if p.DOMProps == nil {
			p.DOMProps = map[string]any{}
		}
		p.DOMProps[ctl.Value] = slices.Clone(values)
	}
	if values != nil && s.c.Tag() == "select" {
		for _, o := range options(s.c) {
			o.Properties().Checked = slices.Contains(values, OptionValue(o))
			if so := wp.sent[o.Ref()]; so != nil && !several {
				wp.adoptValue(so, tab)
			}
		}
	}
	if !several {
		wp.adoptValue(s, tab)
	}
	m, ok := s.c.(ModelUpdater)
	return ok && m.ValueChanged()
}

// receiveProps takes the properties a declared control reported, those its
// Control names and no others; one that does not decode is left as it was.
func (wp *WebPage) receiveProps(s *snapshot, props map[string]json.RawMessage) {
	p := s.c.Properties()
	if p.Control == nil || len(props) == 0 {
		return
	}
	for _, k := range p.Control.Props {
		raw, ok := props[k]
		if !ok {
			continue
		}
		var v any
		if json.Unmarshal(raw, &v) != nil {
			continue
		}
		if p.DOMProps == nil {
			p.DOMProps = map[string]any{}
		}
		p.DOMProps[k] = v
	}
}

// options returns the option elements of a select, in optgroups too.
func options(c Component) []Component {
	var list []Component
	for _, k := range c.Components() {
		switch k.Tag() {
		case "option":
			list = append(list, k)
		case "optgroup":
			list = append(list, options(k)...)
		}
	}
	return list
}

// OptionValue is what an option stands for: its value, or else its text.
func OptionValue(o Component) string {
	p := o.Properties()
	if p.Value != "" {
		return p.Value
	}
	if v, ok := p.Attrs["value"]; ok {
		return v
	}
	return strings.Join(strings.Fields(p.Text), " ") // as the DOM has it
}

// guard calls fn, turning a panic into a PanicError.
func guard(fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Stack: debug.Stack()}
		}
	}()
	return fn()
}
