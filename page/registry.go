package page

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/justgo/justgo/internal/wire"
)

// Errors from Registry.Attach.
var (
	ErrUnknownPage = errors.New("page: no such page (it expired or never existed)")
	ErrForbidden   = errors.New("page: the page belongs to another session")
)

// Registry holds the pages browsers may attach to. A page lives while a
// browser shows it; once no connection shows it (it never connected, or its
// last connection closed) it is kept for the registry's timeout, so that a
// reconnect resumes it, and then dropped.
//
// A Registry is safe for concurrent use.
type Registry struct {
	timeout time.Duration
	// MaxPagesPerSession caps the live pages of one session (0: no cap).
	// Serving one more drops the session's oldest page that no other
	// session shares; a browser still showing it reloads.
	MaxPagesPerSession int

	mu        sync.Mutex
	pages     map[string]*WebPage
	bySession map[string][]*WebPage // in the order they were served
}

// NewRegistry returns a registry that drops unshown pages after timeout.
func NewRegistry(timeout time.Duration) *Registry {
	return &Registry{timeout: timeout, pages: map[string]*WebPage{}, bySession: map[string][]*WebPage{}}
}

// Serve records that wp was served to sessionID, so that the session's
// browsers may attach to it. The same page may be served to many sessions
// (a shared page).
func (r *Registry) Serve(wp *WebPage, sessionID string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.pages[wp.id] = wp
	wp.connMu.Lock()
	wp.removed = false
	if wp.sessions.add(sessionID) {
		r.bySession[sessionID] = append(r.bySession[sessionID], wp)
	}
	if len(wp.conns) == 0 {
		r.armLocked(wp)
	}
	wp.connMu.Unlock()
	r.capLocked(sessionID, wp)
}

// capLocked drops the session's oldest unshared pages past the cap, never
// keep itself. The caller holds r.mu.
func (r *Registry) capLocked(sessionID string, keep *WebPage) {
	list := r.bySession[sessionID]
	for i := 0; r.MaxPagesPerSession > 0 && len(list) > r.MaxPagesPerSession && i < len(list); {
		old := list[i]
		old.connMu.Lock()
		shared := old.sessions.shared()
		old.connMu.Unlock()
		if old == keep || shared {
			i++
			continue
		}
		r.dropLocked(old, "too many pages in this session")
		list = r.bySession[sessionID]
	}
}

// dropLocked forgets wp, closing its connections (their browsers reload).
// The caller holds r.mu.
func (r *Registry) dropLocked(wp *WebPage, reason string) {
	delete(r.pages, wp.id)
	wp.connMu.Lock()
	defer wp.connMu.Unlock()
	if wp.expiry != nil {
		wp.expiry.Stop()
	}
	wp.removed = true
	wp.sessions.each(func(sid string) {
		list := r.bySession[sid]
		if i := slices.Index(list, wp); i >= 0 {
			list = slices.Delete(list, i, i+1)
		}
		if len(list) == 0 {
			delete(r.bySession, sid)
		} else {
			r.bySession[sid] = list
		}
	})
	wp.sessions = audience{}
	for c := range wp.conns {
		c.Close(wire.CloseUnknownPage, reason)
	}
	wp.dropUploads()
}

// Lookup returns the page with pageID if sessionID was served it, for a
// request that does not attach to it (an upload).
func (r *Registry) Lookup(pageID, sessionID string) (*WebPage, error) {
	wp := r.page(pageID)
	if wp == nil {
		return nil, ErrUnknownPage
	}
	wp.connMu.Lock()
	defer wp.connMu.Unlock()
	if err := wp.servedLocked(sessionID); err != nil {
		return nil, err
	}
	return wp, nil
}

func (r *Registry) page(id string) *WebPage {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.pages[id]
}

// servedLocked says why sessionID may not use wp, if it may not. The
// caller holds wp.connMu.
func (wp *WebPage) servedLocked(sessionID string) error {
	switch {
	case wp.removed:
		return ErrUnknownPage
	case !wp.sessions.has(sessionID):
		return ErrForbidden
	}
	return nil
}

// Attach connects c, opened by sessionID from the browser tab tabID, to the
// page with pageID. version is the page version the browser shows; if the
// page has moved on, c is sent the whole page first. A tab that reconnects
// keeps its message count, so what it sends again is not handled twice; ""
// stands for a connection of its own.
func (r *Registry) Attach(pageID, sessionID, tabID string, c Conn, version uint64) (*WebPage, error) {
	wp := r.page(pageID)
	if wp == nil {
		return nil, ErrUnknownPage
	}
	wp.mu.Lock()
	defer wp.mu.Unlock()
	wp.connMu.Lock()
	if err := wp.servedLocked(sessionID); err != nil {
		wp.connMu.Unlock()
		return nil, err
	}
	if wp.expiry != nil {
		wp.expiry.Stop()
	}
	wp.connMu.Unlock()

	wp.flush() // the others see pending changes before c joins
	wp.connMu.Lock()
	if tabID == "" {
		tabID = fmt.Sprintf("conn %p", c)
	}
	if wp.conns == nil {
		wp.conns, wp.handled = map[Conn]string{}, map[string]*tab{}
	}
	wp.conns[c] = tabID
	t := wp.handled[tabID]
	if t == nil {
		r.pruneTabsLocked(wp)
		t = &tab{}
		wp.handled[tabID] = t
	}
	t.left = time.Time{}
	wp.connMu.Unlock()
	if version != wp.version || (len(wp.typedAlone) > 0 && !wp.typedAlone[tabID]) {
		sync := wp.fullSync()
		if body, err := marshalPatch(&sync); err == nil {
			c.Send(wire.Envelope(t.n, body))
		}
	}
	if len(wp.js) > 0 || wp.reload {
		wp.flush() // JavaScript queued before any browser was there
	}
	return wp, nil
}

// pruneTabsLocked forgets tabs gone for longer than the timeout, when there
// are many. The caller holds wp.connMu.
func (r *Registry) pruneTabsLocked(wp *WebPage) {
	if len(wp.handled) < 64 {
		return
	}
	for id, t := range wp.handled {
		if !t.left.IsZero() && time.Since(t.left) > r.timeout {
			delete(wp.handled, id)
		}
	}
}

// Detach disconnects c from wp; when it was the last, the timeout starts.
func (r *Registry) Detach(wp *WebPage, c Conn) {
	r.mu.Lock()
	defer r.mu.Unlock()
	wp.connMu.Lock()
	defer wp.connMu.Unlock()
	if t := wp.handled[wp.conns[c]]; t != nil {
		t.left = time.Now()
	}
	delete(wp.conns, c)
	if len(wp.conns) == 0 && !wp.removed {
		r.armLocked(wp)
	}
}

// armLocked (re)starts wp's expiry; the caller holds r.mu and wp.connMu.
func (r *Registry) armLocked(wp *WebPage) {
	if wp.expiry != nil {
		wp.expiry.Stop()
	}
	wp.expiry = time.AfterFunc(r.timeout, func() { r.expire(wp) })
}

func (r *Registry) expire(wp *WebPage) {
	r.mu.Lock()
	defer r.mu.Unlock()
	wp.connMu.Lock()
	busy := len(wp.conns) > 0 || r.pages[wp.id] != wp
	wp.connMu.Unlock()
	if !busy {
		r.dropLocked(wp, "")
	}
}

// Len is the number of live pages.
func (r *Registry) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.pages)
}

// Close drops every page and stops their timers.
func (r *Registry) Close() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, wp := range r.pages {
		wp.connMu.Lock()
		if wp.expiry != nil {
			wp.expiry.Stop()
		}
		wp.removed = true
		wp.connMu.Unlock()
		wp.dropUploads()
	}
	clear(r.pages)
	clear(r.bySession)
}

// audience is the sessions a page was served to: nearly always one, so
// that one needs no map.
type audience struct {
	first string
	any   bool            // first is set (a session id may be "")
	more  map[string]bool // the others, for a shared page
}

// add records sid and reports whether it is new.
func (a *audience) add(sid string) bool {
	switch {
	case !a.any:
		a.first, a.any = sid, true
	case a.has(sid):
		return false
	default:
		if a.more == nil {
			a.more = map[string]bool{}
		}
		a.more[sid] = true
	}
	return true
}

func (a *audience) has(sid string) bool { return a.any && (a.first == sid || a.more[sid]) }

func (a *audience) shared() bool { return len(a.more) > 0 }

func (a *audience) each(fn func(string)) {
	if a.any {
		fn(a.first)
	}
	for sid := range a.more {
		fn(sid)
	}
}
