package page

import (
	"errors"
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

	mu    sync.Mutex
	pages map[string]*WebPage
}

// NewRegistry returns a registry that drops unshown pages after timeout.
func NewRegistry(timeout time.Duration) *Registry {
	return &Registry{timeout: timeout, pages: map[string]*WebPage{}}
}

// Serve records that wp was served to sessionID, so that the session's
// browsers may attach to it. The same page may be served to many sessions
// (a shared page).
func (r *Registry) Serve(wp *WebPage, sessionID string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.pages[wp.id] = wp
	wp.connMu.Lock()
	defer wp.connMu.Unlock()
	wp.removed = false
	if wp.sessions == nil {
		wp.sessions = map[string]bool{}
	}
	wp.sessions[sessionID] = true
	if len(wp.conns) == 0 {
		r.armLocked(wp)
	}
}

// Attach connects c, opened by sessionID, to the page with pageID. version
// is the page version the browser shows; if the page has moved on, c is sent
// the whole page first.
func (r *Registry) Attach(pageID, sessionID string, c Conn, version uint64) (*WebPage, error) {
	r.mu.Lock()
	wp := r.pages[pageID]
	r.mu.Unlock()
	if wp == nil {
		return nil, ErrUnknownPage
	}
	wp.mu.Lock()
	defer wp.mu.Unlock()
	wp.connMu.Lock()
	switch {
	case wp.removed:
		wp.connMu.Unlock()
		return nil, ErrUnknownPage
	case !wp.sessions[sessionID]:
		wp.connMu.Unlock()
		return nil, ErrForbidden
	}
	if wp.expiry != nil {
		wp.expiry.Stop()
	}
	wp.connMu.Unlock()

	wp.flush() // the others see pending changes before c joins
	wp.connMu.Lock()
	if wp.conns == nil {
		wp.conns = map[Conn]uint64{}
	}
	wp.conns[c] = 0
	wp.connMu.Unlock()
	if version != wp.version {
		sync := wp.fullSync()
		if body, err := marshalPatch(&sync); err == nil {
			c.Send(wire.Envelope(0, body))
		}
	}
	return wp, nil
}

// Detach disconnects c from wp; when it was the last, the timeout starts.
func (r *Registry) Detach(wp *WebPage, c Conn) {
	r.mu.Lock()
	defer r.mu.Unlock()
	wp.connMu.Lock()
	defer wp.connMu.Unlock()
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
	defer wp.connMu.Unlock()
	if len(wp.conns) > 0 || r.pages[wp.id] != wp {
		return
	}
	delete(r.pages, wp.id)
	wp.removed = true
	wp.sessions = nil
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
	for id, wp := range r.pages {
		wp.connMu.Lock()
		if wp.expiry != nil {
			wp.expiry.Stop()
		}
		wp.removed = true
		wp.connMu.Unlock()
		delete(r.pages, id)
	}
}
