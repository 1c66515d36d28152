package wire

import (
	"encoding/json"
	"strconv"
)

// Node is the JSON form of an element and its subtree.
type Node struct {
	ID      string            `json:"id"`
	Tag     string            `json:"tag"`
	Text    string            `json:"text,omitempty"`
	Class   string            `json:"class,omitempty"`
	Style   string            `json:"style,omitempty"`
	Show    *bool             `json:"show,omitempty"` // absent means shown
	Value   *string           `json:"value,omitempty"`
	Checked *bool             `json:"checked,omitempty"`
	HTML    *string           `json:"html,omitempty"` // raw inner HTML, replaces text and children
	Attrs   map[string]string `json:"attrs,omitempty"`
	Props   map[string]any    `json:"props,omitempty"` // DOM properties, set after the attributes
	On      []string          `json:"on,omitempty"`    // events the server listens for
	Kids    []Kid             `json:"kids,omitempty"`
}

// Kid is one child in a list of children: either a new Node or, when the
// browser already has the element, just its id (Ref), so that the browser
// keeps the very same DOM node (with its focus, selection and scroll).
type Kid struct {
	Ref  string
	Node *Node
}

// MarshalJSON writes a reference as a bare string and a node as an object.
func (k Kid) MarshalJSON() ([]byte, error) {
	if k.Node != nil {
		return json.Marshal(k.Node)
	}
	return json.Marshal(k.Ref)
}

// UnmarshalJSON reads either form.
func (k *Kid) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &k.Ref)
	}
	k.Node = new(Node)
	return json.Unmarshal(b, k.Node)
}

// Op changes one existing element; only the keys present change. All the
// changes to one element since the last message travel in one Op. In Attrs a
// nil value removes the attribute. Kids, when present, is the complete new
// list of children.
type Op struct {
	ID      string             `json:"id"`
	Text    *string            `json:"text,omitempty"`
	Class   *string            `json:"class,omitempty"`
	Style   *string            `json:"style,omitempty"`
	Show    *bool              `json:"show,omitempty"`
	Value   *string            `json:"value,omitempty"`
	Checked *bool              `json:"checked,omitempty"`
	HTML    *string            `json:"html,omitempty"`
	Attrs   map[string]*string `json:"attrs,omitempty"`
	Props   map[string]any     `json:"props,omitempty"` // a nil value sets the property to null
	On      *[]string          `json:"on,omitempty"`
	Kids    *[]Kid             `json:"kids,omitempty"`
}

// Control declares a custom element (a web component) a control, as
// AttrControl: the browser then reports its value as it does an input's.
// Value names the property holding its value (a string, a number with
// Number, or with Multiple an array of strings), Checked the one holding its checked state; the
// client reads them, and Props (properties the component changes by
// itself, such as a dialog's "open"), after each of Events and sends them
// in a TypeValue message.
type Control struct {
	Value    string   `json:"value,omitempty"`
	Checked  string   `json:"checked,omitempty"`
	Multiple bool     `json:"multiple,omitempty"`
	Number   bool     `json:"number,omitempty"` // the Value property is a number
	Events   []string `json:"events"`
	Props    []string `json:"props,omitempty"`
}

// Call calls a method of an element in the browser, once the element's
// custom element is defined and has rendered, with JSON arguments; with a
// RequestID the client sends what it returned (awaited when a promise) as
// an EventResultReady page event.
type Call struct {
	ID        string `json:"id"`
	Method    string `json:"m"`
	Args      []any  `json:"args,omitempty"`
	RequestID string `json:"rid,omitempty"`
	// Update marks a call that only brings the element up to date with
	// what a browser building it afresh gets anyway (the server's own
	// bookkeeping; it does not travel).
	Update bool `json:"-"`
}

// RootID names the page's root container in Ops: its Kids are the page's
// top-level components. Events for RootID are page events (EventPageReady,
// EventVisibilityChange, EventResultReady), and its "on" lists those the
// page listens for.
const RootID = ""

// Patch is what one flush of a page sends: element changes and page commands.
// Version counts the page's non-empty flushes, so a browser that reattaches can
// say which state it shows.
type Patch struct {
	Version  uint64  `json:"v"`
	Ops      []Op    `json:"ops,omitempty"`
	URL      string  `json:"url,omitempty"`      // display_url: change the address bar, no reload
	Title    *string `json:"title,omitempty"`    // document title, "" included
	Body     *Body   `json:"body,omitempty"`     // <body> and <html> settings that changed
	Redirect string  `json:"redirect,omitempty"` // navigate away
	Reload   bool    `json:"reload,omitempty"`   // reload the page
	JS       []JS    `json:"js,omitempty"`       // JavaScript to run, in order
	Calls    []Call  `json:"calls,omitempty"`    // element methods to call, in order, after Ops
	Load     []Asset `json:"load,omitempty"`     // library files the page now needs, before Ops
}

// Asset is a library file a page loads once: a stylesheet, an ES module or
// a classic script, by URL. The client adds it to the document's head
// unless the document has it already.
type Asset struct {
	Kind string `json:"k"` // AssetStyle, AssetModule or AssetScript
	URL  string `json:"url"`
}

// The kinds of Asset.
const (
	AssetStyle  = "css"
	AssetModule = "module"
	AssetScript = "js"
)

// Body carries the document-level settings of a page that changed.
type Body struct {
	Class *string `json:"class,omitempty"`
	Style *string `json:"style,omitempty"`
	Dark  *bool   `json:"dark,omitempty"`
}

// JS is one piece of JavaScript to run; with a RequestID the client sends the
// result back as an EventResultReady page event.
type JS struct {
	Code      string `json:"code"`
	RequestID string `json:"rid,omitempty"`
}

// Empty reports whether the patch carries nothing.
func (p *Patch) Empty() bool {
	return len(p.Ops) == 0 && p.URL == "" && p.Title == nil && p.Body == nil && p.Redirect == "" && !p.Reload && len(p.JS) == 0 && len(p.Calls) == 0 && len(p.Load) == 0
}

// Envelope wraps an encoded Patch (a JSON object) for one connection, adding
// the message type and ack, the number of the last client message the server
// had processed when it made the patch. The patch is encoded once however many
// browsers show the page; only this prefix differs between them.
func Envelope(ack uint64, patch []byte) []byte {
	out := make([]byte, 0, len(patch)+32)
	out = append(out, `{"t":"`+TypePatch+`","ack":`...)
	out = strconv.AppendUint(out, ack, 10)
	if len(patch) > 2 {
		out = append(out, ',')
	}
	return append(out, patch[1:]...)
}

// ErrorMsg tells one browser that its event's handler failed: with DEBUG,
// the error and stack; otherwise a plain sentence. {"t":"error","text":…}
type ErrorMsg struct {
	Type string `json:"t"`
	Text string `json:"text"`
}

// NewError returns the encoded error message.
func NewError(text string) []byte { return encode(ErrorMsg{Type: TypeError, Text: text}) }

// encode marshals a message of strings and numbers, which cannot fail.
func encode(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

// Message types ("t"), from the browser and from the server.
const (
	TypeEvent  = "ev"     // an event the element listens for
	TypeValue  = "val"    // the current value of an input, sent as the person types
	TypeSync   = "sync"   // asks for a Synced reply once all earlier messages are handled
	TypePatch  = "patch"  // the server's changes: a Patch in an Envelope
	TypeSynced = "synced" // the server's answer to sync
	TypeError  = "error"  // a handler failed: ErrorMsg
	TypeMoved  = "moved"  // the page was rebuilt under a new id: Moved; the browser's answer that it follows
)

// Moved tells a browser that the instance it reached rebuilt its page
// under a new id, with a new rejoin token: it attaches, posts and uploads
// with them from now on. A full sync of the new page follows. The browser
// answers {"t":"moved"}; until then the server drops what it sends, which
// names the elements of the page before. {"t":"moved","page":ID,"rejoin":TOKEN}
type Moved struct {
	Type   string `json:"t"`
	Page   string `json:"page"`
	Rejoin string `json:"rejoin"`
}

// NewMoved returns the encoded message.
func NewMoved(page, rejoin string) []byte {
	return encode(Moved{Type: TypeMoved, Page: page, Rejoin: rejoin})
}

// Synced answers a sync message: every message up to Ack has been handled
// and its changes sent. {"t":"synced","ack":N}
type Synced struct {
	Type string `json:"t"`
	Ack  uint64 `json:"ack"`
}

// NewSynced returns the encoded reply to sync message n.
func NewSynced(n uint64) []byte { return encode(Synced{Type: TypeSynced, Ack: n}) }

// ClientMsg is any message from the browser. N numbers the messages of one
// connection, from 1; the server echoes the last one it processed as ack.
type ClientMsg struct {
	N       uint64          `json:"n"`
	Type    string          `json:"t"`
	ID      string          `json:"id,omitempty"`
	Event   string          `json:"ev,omitempty"`
	Value   *string         `json:"value,omitempty"`
	Checked *bool           `json:"checked,omitempty"`
	Values  []string        `json:"values,omitempty"`  // a select that allows several: the chosen options
	Invalid string          `json:"invalid,omitempty"` // the browser's validation message for the value
	Files   []FileInfo      `json:"files,omitempty"`   // a file input: the chosen files
	Key     *KeyData        `json:"key,omitempty"`
	Form    []FormField     `json:"form,omitempty"` // for submit: the form's fields, in document order
	RID     string          `json:"rid,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	// A custom control's properties (Control.Props, and Value when Multiple).
	Props map[string]json.RawMessage `json:"props,omitempty"`
	// Drag is what a drag event carries: the id of the element dragged,
	// when it is one of the page's, and the dragged text.
	Drag *Drag `json:"drag,omitempty"`
	// A custom event's detail, as JSON with elements replaced by their ids,
	// when it is at most MaxDetailBytes.
	Detail json.RawMessage `json:"detail,omitempty"`
	// EventProps are the DOM event's properties the element lists in
	// AttrEventProps, by name: numbers, booleans and strings.
	EventProps map[string]any `json:"ep,omitempty"`
}

// Drag describes the data of a drag event (dragstart, dragover, drop).
type Drag struct {
	ID   string `json:"id,omitempty"`   // the dragged element, under DragType
	Text string `json:"text,omitempty"` // text/plain, as dropped text has it
}

// MaxDetailBytes bounds a custom event's detail (its JSON); the client sends
// a larger one as null.
const MaxDetailBytes = 16384

// FormField is one field of a submitted form, as the browser has it.
type FormField struct {
	ID          string     `json:"id,omitempty"` // JustGo's id of the field, when it has one
	Tag         string     `json:"tag"`
	Type        string     `json:"type,omitempty"`
	Name        string     `json:"name,omitempty"`
	Placeholder string     `json:"placeholder,omitempty"`
	Value       string     `json:"value"`
	Checked     bool       `json:"checked,omitempty"`
	Values      []string   `json:"values,omitempty"` // a select that allows several
	Files       []FileInfo `json:"files,omitempty"`  // a file input
}

// FileInfo describes a file chosen in a file input. In a submit, Ref names
// its content, uploaded just before (see transport.Server.ServeUpload), or
// Error says why it was not uploaded.
type FileInfo struct {
	Name         string `json:"name"`
	Size         int64  `json:"size"`
	Type         string `json:"type,omitempty"`
	LastModified int64  `json:"lastModified,omitempty"` // milliseconds since the epoch
	Ref          string `json:"ref,omitempty"`
	Error        string `json:"error,omitempty"`
}

// KeyData describes the key of a keyboard event.
type KeyData struct {
	Key      string `json:"key"`
	Code     string `json:"code"`
	AltKey   bool   `json:"alt,omitempty"`
	CtrlKey  bool   `json:"ctrl,omitempty"`
	ShiftKey bool   `json:"shift,omitempty"`
	MetaKey  bool   `json:"meta,omitempty"`
	Repeat   bool   `json:"repeat,omitempty"`
}
