package page

import (
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/justgo/justgo/internal/wire"
)

// Errors for client messages the page refuses. The message is not
// dispatched; the connection carries on.
var (
	ErrUnknownElement = errors.New("page: no element with that id on the page")
	ErrNotListening   = errors.New("page: the element does not listen for that event")
	ErrNotInput       = errors.New("page: the element takes no value")
	ErrUnknownType    = errors.New("page: unknown message type")
)

// PanicError is a handler's panic, recovered.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string { return fmt.Sprintf("handler panicked: %v", e.Value) }

// Handle processes one message from connection c, whose websocket was opened
// with the verified session sessionID. It runs the handler, if any, with the
// page's lock held, then sends what changed to every browser showing the
// page. The error is the handler's, or why the message was refused.
func (wp *WebPage) Handle(c Conn, sessionID, connID string, m *wire.ClientMsg) error {
	wp.mu.Lock()
	defer wp.mu.Unlock()
	wp.connMu.Lock()
	tab := wp.conns[c]
	if t := wp.handled[tab]; t != nil && m.N != 0 {
		if m.N <= t.n { // sent again after a reconnect: handled already
			wp.connMu.Unlock()
			return nil
		}
		t.n = m.N
	}
	wp.connMu.Unlock()

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
	switch m.Type {
	case wire.TypeValue:
		if !isFormControl(s.c) {
			return fmt.Errorf("%w: %s %q", ErrNotInput, s.c.Tag(), m.ID)
		}
		setValue(s.c.Properties(), m)
		wp.adoptValue(s, tab)
		return nil
	case wire.TypeEvent:
		if !listens(s.c.Events(), m.Event) {
			return fmt.Errorf("%w: %q on %q", ErrNotListening, m.Event, m.ID)
		}
		p := s.c.Properties()
		if isFormControl(s.c) {
			setValue(p, m)
			wp.adoptValue(s, tab)
		}
		wp.takeFormValues(m.Form, tab)
		msg := &Msg{
			EventType: m.Event, ID: m.ID, Target: s.c, HTMLTag: s.c.Tag(), InputType: p.Attrs["type"],
			Value: p.Value, Checked: p.Checked, Page: wp, PageID: wp.id, SessionID: sessionID,
			WebsocketID: connID, KeyData: m.Key, FormData: m.Form,
		}
		err := run(s.c, msg)
		wp.flush()
		return err
	}
	return fmt.Errorf("%w %q", ErrUnknownType, m.Type)
}

// handlePageEvent runs a page event's handler; the caller holds wp.mu.
func (wp *WebPage) handlePageEvent(sessionID, connID string, m *wire.ClientMsg) error {
	h := wp.on[m.Event]
	if h == nil {
		return fmt.Errorf("%w: page event %q", ErrNotListening, m.Event)
	}
	msg := &Msg{EventType: m.Event, ID: wire.RootID, Page: wp, PageID: wp.id, SessionID: sessionID,
		WebsocketID: connID, RequestID: m.RID, Result: m.Result}
	if m.Value != nil {
		msg.Value = *m.Value
	}
	err := runPage(h, wp, msg)
	wp.flush()
	return err
}

// adoptValue records a value the browser of tab reported as what the
// browsers show: with several connected, by sending it to the others now;
// with that one alone, by updating the snapshot and noting that other
// browsers attaching later need the whole page. Either way a handler that
// then sets Value back to what it was is seen as a change.
func (wp *WebPage) adoptValue(s *snapshot, tab string) {
	if wp.Connections() > 1 {
		wp.flush()
		return
	}
	p := s.c.Properties()
	s.props.Value, s.props.Checked = p.Value, p.Checked
	if wp.typedAlone == nil {
		wp.typedAlone = map[string]bool{}
	}
	wp.typedAlone[tab] = true
}

// takeFormValues sets the values of the submitted fields that are elements
// of this page, so that a submit handler reads them as it reads any input.
func (wp *WebPage) takeFormValues(fields []wire.FormField, tab string) {
	for _, f := range fields {
		s := wp.sent[f.ID]
		if f.ID == "" || s == nil || !isFormControl(s.c) {
			continue
		}
		p := s.c.Properties()
		p.Value, p.Checked = f.Value, f.Checked
		wp.adoptValue(s, tab)
	}
}

func setValue(p *Props, m *wire.ClientMsg) {
	if m.Value != nil {
		p.Value = *m.Value
	}
	if m.Checked != nil {
		p.Checked = *m.Checked
	}
}

// run calls the component's handlers, turning a panic into a PanicError.
func run(c Component, msg *Msg) (err error) {
	defer recoverPanic(&err)
	return c.HandleEvent(msg)
}

func runPage(h PageHandler, wp *WebPage, msg *Msg) (err error) {
	defer recoverPanic(&err)
	return h(wp, msg)
}

func recoverPanic(err *error) {
	if r := recover(); r != nil {
		*err = &PanicError{Value: r, Stack: debug.Stack()}
	}
}
