package page

import (
	"errors"
	"slices"
	"sync"
	"time"

	"github.com/justgo/justgo/internal/lend"
	"github.com/justgo/justgo/internal/wire"
)

// Errors from the Registry.
var (
	ErrUnknownPage  = errors.New("page: no such page (it expired or never existed)")
	ErrForbidden    = errors.New("page: the page belongs to another session")
	ErrTooManyPages = errors.New("page: the server has as many pages as it keeps, each shown by a browser")
	ErrBadTab       = errors.New("page: a tab id is at most 64 letters, digits, - and _")
	ErrTooManyTabs  = errors.New("page: the page has as many browser tabs as it keeps")
)

// Registry holds the pages browsers may attach to. A page lives while a
// browser shows it; once no connection shows it (it never connected, or its
// last connection closed) it is kept for the registry's timeout, so that a
// reconnect resumes it, and then dropped. What an anonymous client can make
// it hold is capped: pages in all, pages per session, tabs per page.
//
// A Registry is safe for concurrent use. Set its fields before serving.
type Registry struct {
	timeout time.Duration
	// NewPageTimeout, when set, is how long a page no browser has attached
	// to yet is kept: a browser attaches within a second of loading it, so
	// pages loaded by clients that never run the page go soon.
	NewPageTimeout time.Duration
	// MaxPages caps the live pages (0: no cap). Serving one more drops the
	// page that has gone longest without a browser; when a browser shows
	// every page, Serve refuses with ErrTooManyPages.
	MaxPages int
	// MaxPagesPerSession caps the live pages of one session (0: no cap).
	// Serving one more drops the session's oldest page that no other
	// session shares; a browser still showing it reloads.
	MaxPagesPerSession int
	// MaxTabsPerPage caps the browser tabs a page tells apart (0: no cap);
	// past it, tabs that have left are forgotten, then attaches refused.
	MaxTabsPerPage int
	// Debug shows a panic's stack to the browsers of its page, and makes
	// pages check their tracked subtrees (see CheckTracking).
	Debug bool
	// CheckTracking, when set, makes each page compare the tracked
	// subtrees (Track) its diffs pass over, and get an error naming the
	// elements that changed without a method or Touch; the page sends
	// those changes all the same. jptest sets it to fail the test.
	CheckTracking func(error)

	mu        sync.Mutex // held before a page's own lock
	pages     map[string]*WebPage
	bySession map[string][]*WebPage // by owner (see ServeFor), in the order served
	// The pages no browser shows: those none ever attached to (kept for
	// NewPageTimeout, when set) and the others (kept for timeout). Each
	// list is in the order its pages became unshown, which is the order
	// they expire in, so that one timer does for all (sweeper, due when the
	// first of either list is).
	fresh, left idleList
	sweeper     *time.Timer
	epoch       time.Time           // what WebPage.idleSince counts from
	actors      lend.Pool[*WebPage] // the pages' goroutines
}

// idleList links pages, oldest first, through WebPage.idlePrev/idleNext.
type idleList struct{ head, tail *WebPage }

// NewRegistry returns a registry that drops unshown pages after timeout.
func NewRegistry(timeout time.Duration) *Registry {
	return &Registry{timeout: timeout, pages: map[string]*WebPage{}, bySession: map[string][]*WebPage{}, epoch: time.Now()}
}

// Serve records that wp was served to sessionID, so that the session's
// browsers may attach to it. The same page may be served to many sessions
// (a shared page), and served again after it expired.
func (r *Registry) Serve(wp *WebPage, sessionID string) error {
	return r.ServeFor(wp, sessionID, sessionID)
}

// ServeFor is Serve with the page counted against MaxPagesPerSession for
// owner: the session, or the client's address when sessions are off and
// every client shares the session "".
func (r *Registry) ServeFor(wp *WebPage, sessionID, owner string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, live := r.pages[wp.id]; !live && r.MaxPages > 0 && len(r.pages) >= r.MaxPages {
		oldest := r.longestUnshown()
		if oldest == nil {
			return ErrTooManyPages
		}
		r.dropLocked(oldest, "the server keeps no more pages")
	}
	r.pages[wp.id] = wp
	wp.mu.Lock()
	if wp.removed { // revived: a shared page served again after it expired
		wp.removed, wp.ctx, wp.cancel = false, nil, nil
		if wp.uploads != nil {
			wp.uploads.Reopen()
		}
	}
	wp.debug = r.Debug
	if r.Debug || r.CheckTracking != nil {
		w := wp.walkState()
		w.check, w.report = true, r.CheckTracking
	}
	wp.actors = &r.actors
	wp.sessions.add(sessionID)
	if wp.owners.add(owner) {
		r.bySession[owner] = append(r.bySession[owner], wp)
	}
	if wp.conns.len() == 0 {
		r.idleLocked(wp)
	}
	wp.mu.Unlock()
	r.capLocked(owner, wp)
	return nil
}

// capLocked drops the owner's oldest unshared pages past the cap, never
// keep itself. The caller holds r.mu.
func (r *Registry) capLocked(owner string, keep *WebPage) {
	list := r.bySession[owner]
	for i := 0; r.MaxPagesPerSession > 0 && len(list) > r.MaxPagesPerSession && i < len(list); {
		old := list[i]
		old.mu.Lock()
		shared := old.sessions.shared() || old.owners.shared()
		old.mu.Unlock()
		if old == keep || shared {
			i++
			continue
		}
		r.dropLocked(old, "too many pages in this session")
		list = r.bySession[owner]
	}
}

// dropLocked forgets wp, closing its connections (their browsers reload)
// and cancelling its context. The caller holds r.mu.
func (r *Registry) dropLocked(wp *WebPage, reason string) {
	delete(r.pages, wp.id)
	r.unlinkIdle(wp)
	wp.mu.Lock()
	defer wp.mu.Unlock()
	wp.owners.each(func(owner string) {
		list := r.bySession[owner]
		if i := slices.Index(list, wp); i >= 0 {
			list = slices.Delete(list, i, i+1)
		}
		if len(list) == 0 {
			delete(r.bySession, owner)
		} else {
			r.bySession[owner] = list
		}
	})
	wp.sessions, wp.owners = audience{}, audience{}
	for c := range wp.conns.all {
		c.Close(wire.CloseUnknownPage, reason)
	}
	wp.endLocked()
}

// endLocked ends wp's life: no more mailbox, uploads or context. The
// caller holds wp.mu, and has taken wp off the idle lists.
func (wp *WebPage) endLocked() {
	wp.removed = true
	if wp.cancel != nil {
		wp.cancel()
	}
	if wp.uploads != nil {
		wp.uploads.Close()
	}
}

// Lookup returns the page with pageID if sessionID was served it, for a
// request that does not attach to it (an upload).
func (r *Registry) Lookup(pageID, sessionID string) (*WebPage, error) {
	wp := r.page(pageID)
	if wp == nil {
		return nil, ErrUnknownPage
	}
	wp.mu.Lock()
	defer wp.mu.Unlock()
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
// caller holds wp.mu.
func (wp *WebPage) servedLocked(sessionID string) error {
	switch {
	case wp.removed:
		return ErrUnknownPage
	case !wp.sessions.has(sessionID):
		return ErrForbidden
	}
	return nil
}

// idleLocked lists wp as shown by no browser from now on, which (re)starts
// its time to expire, unless it is kept. The caller holds r.mu and wp.mu.
func (r *Registry) idleLocked(wp *WebPage) {
	r.unlinkIdle(wp)
	if wp.Keep {
		return
	}
	l := &r.left
	if !wp.attached && r.NewPageTimeout > 0 {
		l = &r.fresh
	}
	wp.idleOn, wp.idlePrev, wp.idleNext, wp.idleSince = l, l.tail, nil, time.Since(r.epoch)
	if l.tail != nil {
		l.tail.idleNext = wp
	} else {
		l.head = wp
		r.armLocked() // the first of its list: it may expire before any other
	}
	l.tail = wp
}

// unlinkIdle takes wp off the list of unshown pages; the caller holds r.mu.
func (r *Registry) unlinkIdle(wp *WebPage) {
	l := wp.idleOn
	if l == nil {
		return
	}
	if wp.idlePrev != nil {
		wp.idlePrev.idleNext = wp.idleNext
	} else {
		l.head = wp.idleNext
	}
	if wp.idleNext != nil {
		wp.idleNext.idlePrev = wp.idlePrev
	} else {
		l.tail = wp.idlePrev
	}
	wp.idleOn, wp.idlePrev, wp.idleNext = nil, nil, nil
}

// keepFor is how long l's pages are kept unshown.
func (r *Registry) keepFor(l *idleList) time.Duration {
	if l == &r.fresh {
		return r.NewPageTimeout
	}
	return r.timeout
}

// longestUnshown is the page that has gone longest without a browser, nil
// when a browser shows every page. The caller holds r.mu.
func (r *Registry) longestUnshown() *WebPage {
	f, l := r.fresh.head, r.left.head
	if f == nil || l != nil && l.idleSince < f.idleSince {
		return l
	}
	return f
}

// armLocked sets the sweeper to go off when the first unshown page is due,
// if there is one. The caller holds r.mu.
func (r *Registry) armLocked() {
	next := time.Duration(-1)
	for _, l := range []*idleList{&r.fresh, &r.left} {
		if l.head != nil && (next < 0 || l.head.idleSince+r.keepFor(l) < next) {
			next = l.head.idleSince + r.keepFor(l)
		}
	}
	if next < 0 {
		return // nothing to expire; a sweep due meanwhile finds nothing
	}
	wait := next - time.Since(r.epoch)
	if r.sweeper == nil {
		r.sweeper = time.AfterFunc(wait, r.sweep)
	} else {
		r.sweeper.Reset(wait)
	}
}

// sweep drops the unshown pages whose time has come.
func (r *Registry) sweep() {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := time.Since(r.epoch)
	for _, l := range []*idleList{&r.fresh, &r.left} {
		for l.head != nil && now-l.head.idleSince >= r.keepFor(l) {
			r.dropLocked(l.head, "")
		}
	}
	r.armLocked()
}

// Len is the number of live pages.
func (r *Registry) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.pages)
}

// Close drops every page, cancelling their contexts, and stops their
// timers.
func (r *Registry) Close() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, wp := range r.pages {
		r.unlinkIdle(wp)
		wp.mu.Lock()
		wp.endLocked()
		wp.mu.Unlock()
	}
	clear(r.pages)
	clear(r.bySession)
	if r.sweeper != nil {
		r.sweeper.Stop()
	}
	r.actors.Close()
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
