package page

import (
	"encoding/json"

	"github.com/justgo/justgo/internal/wire"
)

// KeyData describes the key of a keyboard event.
type KeyData = wire.KeyData

// FormField is one field of a submitted form.
type FormField = wire.FormField

// Msg is what an event handler receives, with JustPy's msg fields that apply.
type Msg struct {
	EventType string    // "click", "input", ...
	ID        string    // the id of the element the event is for
	Target    Component // that element
	HTMLTag   string    // its tag
	InputType string    // its type attribute, for inputs
	Value     string    // the element's value, for inputs
	Checked   bool      // the element's checked state, for checkboxes and radios
	Page      *WebPage  // the page the event came from
	PageID    string
	// SessionID is the id from the session cookie that was verified when the
	// websocket connected; nothing the browser sends can change it.
	SessionID   string
	WebsocketID string      // identifies the browser connection
	KeyData     *KeyData    // for keyboard events
	FormData    []FormField // for submit: every field of the form, in document order
	// For result_ready: the request id given to RequestJavaScript, and the
	// JSON value of the code.
	RequestID string
	Result    json.RawMessage
}

// PageHandler handles an event of the page itself: page_ready (a browser
// connected), visibilitychange (msg.Value is "visible" or "hidden") and
// result_ready (see RequestJavaScript).
type PageHandler func(wp *WebPage, msg *Msg) error
