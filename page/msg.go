package page

import (
	"encoding/json"
	"fmt"

	"github.com/justgo/justgo/internal/wire"
)

// KeyData describes the key of a keyboard event.
type KeyData = wire.KeyData

// FormField is one field of a submitted form.
type FormField struct {
	Ref         string // JustGo's id of the field's element (its Ref), when it has one
	Tag         string // input, select, textarea or button
	Type        string // the type attribute: text, password, checkbox, file, ...
	Name        string
	Placeholder string
	Value       string
	Checked     bool
	Values      []string // a select that allows several: the chosen options
	Files       []*File  // a file input: the uploaded files
}

// Msg is what an event handler receives, with JustPy's msg fields that apply.
type Msg struct {
	EventType string    // "click", "input", ...
	Ref       string    // JustGo's id of the element the event is for (its Ref)
	Target    Component // that element
	HTMLTag   string    // its tag
	InputType string    // its type attribute, for inputs
	Value     string    // the element's value, for inputs
	Checked   bool      // the element's checked state, for checkboxes and radios
	// Number is Value converted, for inputs of type number and range (0
	// when it is empty or not a number).
	Number float64
	// Invalid says why the value is not valid ("Please enter a number."),
	// as the browser or the conversion to Number found; "" when it is.
	Invalid string
	Values  []string // a select that allows several: the chosen options' values
	// Files are the chosen files, for a file input's change event: their
	// name, size, type and time, not their content (see FormData).
	Files []*File
	// UploadError joins the errors of the files of FormData that did not
	// arrive (over a limit), nil when every file did.
	UploadError error
	Page        *WebPage // the page the event came from
	PageID      string
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
	// Dragged is, for drag events (dragstart, dragover, drop), the element
	// dragged when it is one of the page's (a Draggable element), and
	// DragText the dragged text (text/plain: text dropped from elsewhere).
	Dragged  Component
	DragText string
	// Detail is a custom event's detail, decoded from JSON (maps, slices,
	// strings, float64s, bools), elements in it given as their Ref; nil
	// when it has none or it was over wire.MaxDetailBytes.
	Detail any
	// EventProps are the DOM event's properties the element asked for
	// (component.AdditionalProperties, JustPy's additional_properties), by
	// name: float64s, bools and strings ("screenX": 240.0, "altKey": false);
	// nil when it asked for none. JustPy's msg.screenX is
	// msg.EventProps["screenX"].
	EventProps map[string]any
}

// PageHandler handles an event of the page itself: page_ready (a browser
// connected), visibilitychange (msg.Value is "visible" or "hidden"),
// result_ready (see RequestJavaScript) and disconnect (a tab stopped
// showing the page, EventDisconnect).
type PageHandler func(wp *WebPage, msg *Msg) error

// pageHandlerOf converts what WebPage.On takes to a PageHandler: one, or a
// func of its shape without the error result (JustPy's page handlers
// return nothing). A method cannot have type parameters, so anything else
// panics, naming its type.
func pageHandlerOf(h any) PageHandler {
	switch f := h.(type) {
	case PageHandler:
		return f
	case func(*WebPage, *Msg) error:
		return f
	case func(*WebPage, *Msg):
		if f != nil {
			return func(wp *WebPage, msg *Msg) error { f(wp, msg); return nil }
		}
	}
	if h != nil {
		panic(fmt.Sprintf("page: On takes a func(wp *WebPage, msg *Msg), with or without an error result, not a %T", h))
	}
	return nil
}
