package page

import (
	"context"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/justgo/justgo/internal/lend"
	"github.com/justgo/justgo/internal/randid"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/upload"
)

// WebPage is one page: a list of top-level components and the page-wide
// settings a handler may change (Title, DisplayURL, Redirect).
//
// A page runs one event handler at a time, in the order the events came;
// different pages run in parallel. Handlers may change the page and its
// components freely. Any other goroutine makes its changes inside Do,
// which runs them on the page's own goroutine and then sends what changed.
type WebPage struct {
	// Title is the document title.
	Title string
	// DisplayURL changes the browser's address bar through the History API,
	// without a reload. A relative value such as "login_page" resolves against
	// the current address, as in JustPy.
	DisplayURL string
	// Redirect, when set, sends the browser to this address with the next
	// update (or, set by a page function, instead of serving the page), and
	// is cleared once sent. A path that starts with "/" is within the app,
	// wherever it is mounted. Only such paths and http(s) URLs are followed
	// unless AllowAnyRedirect is set: a redirect built from what a person
	// typed cannot run script (javascript:) in the app's origin.
	Redirect string
	// AllowAnyRedirect lets Redirect take any URL scheme; the author vouches.
	AllowAnyRedirect bool

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
	// Keep keeps the page while the process runs, even when no browser
	// shows it (JustPy's delete_flag=False): a page shared by every visitor.
	Keep bool
	// ReloadInterval, on a page whose events go by HTTP POST, makes its
	// browsers ask for what changed that often (JustPy's reload_interval):
	// a page without a websocket that another goroutine changes, such as a
	// dashboard, refreshes its content without reloading. 0: never.
	ReloadInterval time.Duration

	// State holds the values that components bound to it with Model show
	// (JustPy's data=), by key.
	State State

	// Response, when set by a page function, is served instead of the page
	// (a file, JSON, a redirect: anything an http.Handler answers).
	Response http.Handler

	// The fields keep their bools together: a page, with the
	// 8 bytes of type the allocator puts before it, takes a size class of
	// 768 bytes, not the next of 896.

	id string

	// Owned by the page's goroutine (see actor.go).
	comps   []Component
	sent    map[string]*snapshot // what the browsers were last sent, by component id
	walk    *walk                // what the diff keeps between walks of a big page, or one with tracked subtrees
	gen     uint64               // counts flushes, for sweeping snapshots
	version uint64               // counts flushes that sent something
	// typedAlone are the tabs whose typed values the page took while each
	// was its only connection, since the version last changed: any other
	// browser attaching at this version has not seen those values.
	typedAlone map[string]bool
	radiosOn   []Component // radio buttons checked by this flush
	doc        sentDoc     // page settings last sent
	js         []wire.JS
	calls      []wire.Call                                   // element methods to call, taken from the elements by the diff
	libraries  atomic.Pointer[func(tag string) []wire.Asset] // LinkLibraries: set by each request for the page
	assets     []wire.Asset                                  // the library files the page's elements need, in the order found
	assetsSent int                                           // of assets, how many the browsers have
	docAssets  []wire.Asset                                  // those the first paint links
	neededTags map[string]bool                               // the tags need has asked about
	on         map[string]PageHandler
	events     []string    // sorted keys of on; replaced, never changed in place
	sharedRead int         // how deep the diff is inside Shared subtrees
	prepErr    *PanicError // a React or ModelUpdate that panicked in this flush
	midway     bool        // an Update in a handler is flushing
	owed       bool        // a flush was held back while every connection was busy
	reload     bool
	// A page painted before any browser had it keeps no snapshots until one
	// needs them (see paint.go): unsnapped until then, painting while it
	// writes that HTML, and paintSum the sum of what it painted.
	unsnapped, painting bool
	paintSum            uint64

	flushQueued atomic.Bool    // a flush waits in the mailbox
	actor       atomic.Uintptr // the goroutine running the mailbox (see goroutine), 0 when none

	mu       sync.Mutex // guards what follows: mailbox, connections, lifecycle
	box      []func()
	actors   *lend.Pool[*WebPage] // its registry's, once served: where its goroutine comes from
	conns    *oneOrMap[Conn, member]
	handled  *oneOrMap[string, *tab] // by session and tab id: what its messages have done
	sessions audience                // the sessions that were served this page
	owners   audience                // whom MaxPagesPerSession counts it for
	joined   int32                   // of conns, those that have the page
	running  bool
	removed  bool
	attached bool // a browser has attached to it at some time
	debug    bool // a panic's stack goes to the browser (the registry's Debug)
	ctx      context.Context
	cancel   context.CancelFunc
	// The registry's list of pages no browser shows that it is on, if any,
	// its neighbours there, and since when (guarded by the registry's mu).
	idleOn             *idleList
	idlePrev, idleNext *WebPage
	idleSince          time.Duration

	// The files waiting for their submit, made by the first upload; an
	// upload does not wait for a handler.
	uploads *upload.Waiting
}

// member is one connection showing the page.
type member struct {
	tab    string // the key of its tab in handled
	joined bool   // it has the page: flushes reach it
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

// Paced is a Conn that says when it is still writing what it was sent.
// While every connection of a page is, the page holds its next change back,
// and the changes made meanwhile travel as one message once one of them is
// free: a handler calling Update in a loop cannot flood a slow browser.
// An event whose element has an after hook is the exception: what its
// handler changed goes out before the hook runs, so that the hook's
// change waits for the next update instead of undoing it.
type Paced interface {
	Conn
	// Busy reports whether messages wait to be written; when they do, the
	// connection calls ready (once, from any goroutine) when it has
	// written them.
	Busy(ready func()) bool
}

// Transient is a Conn that lasts one exchange, such as an HTTP fallback
// request: its end is not a tab leaving, so it raises no EventDisconnect.
type Transient interface {
	Conn
	Transient()
}

// NewWebPage returns an empty page with an unguessable id.
func NewWebPage() *WebPage {
	return &WebPage{id: randid.New(18), sent: map[string]*snapshot{}, Tailwind: true}
}

// ModelState returns the page's State, making it when it is nil.
func (wp *WebPage) ModelState() State {
	if wp.State == nil {
		wp.State = State{}
	}
	return wp.State
}

// ModelData returns ModelState.
//
// Deprecated: use ModelState.
func (wp *WebPage) ModelData() State { return wp.ModelState() }

// ID is the page's unguessable id.
func (wp *WebPage) ID() string { return wp.id }

// Add appends components to the page.
func (wp *WebPage) Add(cs ...Component) {
	wp.comps = append(wp.comps, cs...)
}

// AddFirst puts components before the page's others.
func (wp *WebPage) AddFirst(cs ...Component) {
	wp.comps = slices.Insert(wp.comps, 0, cs...)
}

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

// Update sends what changed to every browser showing the page. In a
// handler or a Do function it sends at once, so a long handler shows its
// progress (the page sends changes after those anyway); while a browser is
// still receiving the last change, the next waits and later ones join it.
// From any other goroutine it asks the page to send what changed, as
// Do(func() {}) does.
func (wp *WebPage) Update() {
	if wp.onActor() {
		wp.midway = true // queued for the writer, so that the handler runs on and later changes merge
		wp.flush()
		wp.midway = false
		return
	}
	wp.requestFlush()
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

// On sets the handler for a page event, replacing any earlier one: a
// func(wp *WebPage, msg *Msg), with or without an error result (a
// PageHandler); any other value panics.
func (wp *WebPage) On(event string, h any) {
	fn := pageHandlerOf(h)
	if fn == nil {
		panic("page: On(" + strconv.Quote(event) + ") with a nil handler; Off removes one")
	}
	if wp.on == nil {
		wp.on = map[string]PageHandler{}
	}
	wp.on[event] = fn
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
	wp.mu.Lock()
	defer wp.mu.Unlock()
	return wp.removed
}

// Connections is how many browser connections show the page now.
func (wp *WebPage) Connections() int {
	wp.mu.Lock()
	defer wp.mu.Unlock()
	return wp.conns.len()
}
