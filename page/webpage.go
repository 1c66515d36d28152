package page

import (
	"crypto/rand"
	"encoding/base64"
	"maps"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/justgo/justgo/internal/wire"
)

// WebPage is one page: a list of top-level components and the page-wide
// settings a handler may change (Title, DisplayURL, Redirect).
//
// A page runs one event handler at a time; different pages run in parallel.
// Handlers may change the page and its components freely. Any other goroutine
// must make its changes inside Do, which takes the page's lock and sends what
// changed when the function returns.
type WebPage struct {
	// Title is the document title.
	Title string
	// DisplayURL changes the browser's address bar through the History API,
	// without a reload. A relative value such as "login_page" resolves against
	// the current address, as in JustPy.
	DisplayURL string
	// Redirect, when set, sends the browser to this address. A path that
	// starts with "/" is within the app, wherever it is mounted.
	Redirect string

	// The document around the components, as JustPy's WebPage has it.
	Favicon     string // URL of the page's icon
	HeadHTML    string // raw HTML at the end of <head>
	BodyHTML    string // raw HTML at the end of <body>
	CSS         string // a style sheet for the page
	BodyClasses string // the <body> class attribute
	BodyStyle   string // the <body> style attribute
	Dark        bool   // Tailwind's dark mode
	Tailwind    bool   // link Tailwind's stylesheet (NewWebPage sets it)
	// NoWebsockets sends this page's events by HTTP POST even when the app
	// uses websockets; the page then changes only in answer to its events.
	NoWebsockets bool

	// Data holds the values that components bound with Model show
	// (JustPy's data=).
	Data Data

	// Response, when set by a page function, is served instead of the page
	// (a file, JSON, a redirect: anything an http.Handler answers).
	Response http.Handler

	id string

	mu      sync.Mutex // held while a handler runs or the page is sent
	comps   []Component
	sent    map[string]*snapshot // what the browsers were last sent, by component id
	gen     uint64               // counts flushes, for sweeping snapshots
	version uint64               // counts flushes that sent something
	// typedAlone are the tabs whose typed values the page took while each
	// was its only connection, since the version last changed: any other
	// browser attaching at this version has not seen those values.
	typedAlone map[string]bool
	radiosOn   []Component // radio buttons checked by this flush
	last       wire.Patch  // page settings last sent
	lastBody   sentBody
	js         []wire.JS
	reload     bool
	on         map[string]PageHandler
	events     []string // sorted keys of on; replaced, never changed in place

	connMu   sync.Mutex
	conns    map[Conn]string // connection → its tab
	handled  map[string]*tab // by tab id: what its messages have done
	sessions audience        // the sessions that were served this page
	expiry   *time.Timer
	removed  bool

	upMu     sync.Mutex // guards uploads: an upload does not wait for a handler
	uploads  []uploaded // oldest first
	upClosed bool       // the page is gone: no more uploads
}

// tab is what a page knows of one browser tab across its reconnections:
// the number of the last message handled (so a message sent again after a
// reconnect is not handled twice) and when its last connection left.
type tab struct {
	n    uint64
	left time.Time
}

// Conn is one browser connection showing a page.
type Conn interface {
	// Send queues one complete message for the browser. It must not block.
	Send(msg []byte)
	// Close ends the connection with a websocket close code and reason.
	Close(code int, reason string)
}

// NewWebPage returns an empty page with an unguessable id.
func NewWebPage() *WebPage {
	return &WebPage{id: newPageID(), sent: map[string]*snapshot{}, Tailwind: true}
}

func newPageID() string {
	var b [18]byte
	rand.Read(b[:]) // never fails (crypto/rand documents a fatal error instead)
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// ModelData returns the page's Data, making it when it is nil.
func (wp *WebPage) ModelData() Data {
	if wp.Data == nil {
		wp.Data = Data{}
	}
	return wp.Data
}

// ID is the page's unguessable id.
func (wp *WebPage) ID() string { return wp.id }

// Add appends components to the page.
func (wp *WebPage) Add(cs ...Component) { wp.comps = append(wp.comps, cs...) }

// AddFirst puts components before the page's others.
func (wp *WebPage) AddFirst(cs ...Component) { wp.comps = slices.Insert(wp.comps, 0, cs...) }

// Remove takes a component off the page; it reports whether it was there.
func (wp *WebPage) Remove(c Component) bool {
	i := slices.Index(wp.comps, c)
	if i < 0 {
		return false
	}
	wp.comps = slices.Delete(wp.comps, i, i+1)
	return true
}

// DeleteComponents removes every component from the page.
func (wp *WebPage) DeleteComponents() { wp.comps = nil }

// Components returns the page's top-level components.
func (wp *WebPage) Components() []Component { return wp.comps }

// Update sends what changed to every browser showing the page, at once. Call
// it from a handler (to show progress before the handler returns) or inside
// Do; the page sends changes after those anyway.
func (wp *WebPage) Update() { wp.flush() }

// Do runs fn with the page's lock held, then sends what changed. It is the
// way for a goroutine other than a handler to change a page.
func (wp *WebPage) Do(fn func()) {
	wp.mu.Lock()
	defer wp.mu.Unlock()
	fn()
	wp.flush()
}

// RunJavaScript runs code in every browser showing the page with the next
// update. When the page listens for result_ready, each browser sends the
// code's value back as that event's msg.Result, as in JustPy.
func (wp *WebPage) RunJavaScript(code string) { wp.js = append(wp.js, wire.JS{Code: code}) }

// RequestJavaScript runs code like RunJavaScript, and each browser sends its
// value back as a result_ready page event whose msg.RequestID is requestID
// and msg.Result the value as JSON (an exception's message as a string).
func (wp *WebPage) RequestJavaScript(requestID, code string) {
	wp.js = append(wp.js, wire.JS{Code: code, RequestID: requestID})
}

// On sets the handler for a page event, replacing any earlier one.
func (wp *WebPage) On(event string, h PageHandler) {
	if wp.on == nil {
		wp.on = map[string]PageHandler{}
	}
	wp.on[event] = h
	wp.events = slices.Sorted(maps.Keys(wp.on))
}

// Off removes the handler for a page event.
func (wp *WebPage) Off(event string) {
	delete(wp.on, event)
	wp.events = slices.Sorted(maps.Keys(wp.on))
}

// Events returns the page events with handlers, sorted.
func (wp *WebPage) Events() []string { return wp.events }

// Reload makes every browser showing the page reload it with the next update.
func (wp *WebPage) Reload() { wp.reload = true }

// Expired reports whether the page was dropped because no browser showed it.
func (wp *WebPage) Expired() bool {
	wp.connMu.Lock()
	defer wp.connMu.Unlock()
	return wp.removed
}

// Connections is how many browser connections show the page now.
func (wp *WebPage) Connections() int {
	wp.connMu.Lock()
	defer wp.connMu.Unlock()
	return len(wp.conns)
}
