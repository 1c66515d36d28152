package page

import (
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/justgo/justgo/internal/wire"
)

// Attach connects c, opened by sessionID from the browser tab tabID, to the
// page with pageID. version is the page version the browser shows; if the
// page has moved on, c is sent the whole page first. A tab that reconnects
// keeps its message count, so what it sends again is not handled twice; ""
// stands for a connection of its own.
//
// The checks are made at once; c joins on the page's goroutine, after what
// it is doing, so Attach never waits for a handler. Messages c receives
// after Attach returns are handled after it joined.
func (r *Registry) Attach(pageID, sessionID, tabID string, c Conn, version uint64) (*WebPage, error) {
	if !validTab(tabID) {
		return nil, ErrBadTab
	}
	r.mu.Lock()
	wp := r.pages[pageID]
	if wp == nil {
		r.mu.Unlock()
		return nil, ErrUnknownPage
	}
	wp.mu.Lock()
	err := wp.servedLocked(sessionID)
	if err == nil {
		err = r.addConnLocked(wp, c, sessionID, tabID)
	}
	if err == nil {
		wp.attached = true
		r.unlinkIdle(wp)
	}
	wp.mu.Unlock()
	r.mu.Unlock()
	if err != nil {
		return nil, err
	}
	if !wp.post(func() { wp.join(c, version) }) {
		return nil, ErrUnknownPage // dropped meanwhile, which closed c
	}
	return wp, nil
}

// addConnLocked lists c as joining wp, under its tab's key: a tab is
// known per session, so that one session's tab id means nothing for
// another's on a shared page. The caller holds r.mu and wp.mu.
func (r *Registry) addConnLocked(wp *WebPage, c Conn, sessionID, tabID string) error {
	if tabID == "" {
		tabID = fmt.Sprintf("conn %p", c)
	}
	key := sessionID + "\x00" + tabID
	if wp.conns == nil {
		wp.conns, wp.handled = &oneOrMap[Conn, member]{}, &oneOrMap[string, *tab]{}
	}
	t, _ := wp.handled.get(key)
	if t == nil {
		r.pruneTabsLocked(wp)
		if r.MaxTabsPerPage > 0 && wp.handled.len() >= r.MaxTabsPerPage {
			return ErrTooManyTabs
		}
		t = &tab{}
		wp.handled.put(key, t)
	}
	t.left = time.Time{}
	wp.conns.put(c, member{tab: key})
	return nil
}

// join lets c have the page, on the page's goroutine: the others are sent
// what changed first, then c the whole page if its browser is behind, and
// the commands that waited for a browser.
func (wp *WebPage) join(c Conn, version uint64) {
	wp.flushNow()
	wp.mu.Lock()
	m, ok := wp.conns.get(c)
	if !ok { // it left before it joined
		wp.mu.Unlock()
		return
	}
	if !m.joined {
		m.joined = true
		wp.conns.put(c, m)
		wp.joined++
	}
	t, _ := wp.handled.get(m.tab)
	ack := t.n
	wp.mu.Unlock()
	if version != wp.version || (len(wp.typedAlone) > 0 && !wp.typedAlone[m.tab]) {
		sync := wp.fullSync()
		if body, err := marshalPatch(&sync); err == nil {
			c.Send(wire.Envelope(ack, body))
		}
		wp.reportPrepare()
	}
	if wp.pendingCommands() {
		wp.flushNow()
	}
}

// validTab accepts the tab ids the client makes (and "", for none).
func validTab(id string) bool {
	if len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// pruneTabsLocked forgets tabs gone for longer than the timeout, when there
// are many, and at the cap every tab that has left. The caller holds
// wp.mu.
func (r *Registry) pruneTabsLocked(wp *WebPage) {
	n := wp.handled.len()
	if n < 64 && (r.MaxTabsPerPage == 0 || n < r.MaxTabsPerPage) {
		return
	}
	full := r.MaxTabsPerPage > 0 && n >= r.MaxTabsPerPage
	for id, t := range wp.handled.all {
		if !t.left.IsZero() && (full || time.Since(t.left) > r.timeout) {
			wp.handled.delete(id)
		}
	}
}

// Detach disconnects c from wp; when it was the last, the timeout starts.
// A page listening for EventDisconnect has its handler run, on its
// goroutine, for a connection Attach accepted, whether or not its join had
// run yet (JustPy's on_disconnect); a Transient one raises none.
func (r *Registry) Detach(wp *WebPage, c Conn) {
	if session, attached := r.detach(wp, c); attached {
		if _, brief := c.(Transient); !brief {
			wp.post(func() { wp.disconnected(session) })
		}
	}
}

func (r *Registry) detach(wp *WebPage, c Conn) (session string, attached bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	wp.mu.Lock()
	defer wp.mu.Unlock()
	m, ok := wp.conns.get(c)
	session, _, _ = strings.Cut(m.tab, "\x00")
	if t, _ := wp.handled.get(m.tab); ok && t != nil {
		t.left = time.Now()
	}
	if m.joined {
		wp.joined--
	}
	if ok {
		wp.conns.delete(c)
	}
	if wp.conns.len() == 0 && !wp.removed {
		r.idleLocked(wp)
	}
	return session, ok
}

// EventDisconnect is the page event of a browser tab that stopped showing
// the page: closed, reloaded, gone elsewhere or cut off (JustPy's
// on_disconnect). msg.SessionID is the tab's session; the page may still
// be shown by others (Connections says how many). Without websockets (the
// HTTP fallback) a tab's leaving is not heard: its page just expires.
const EventDisconnect = "disconnect"

// disconnected runs the page's EventDisconnect handler, if it has one.
func (wp *WebPage) disconnected(session string) {
	h := wp.on[EventDisconnect]
	if h == nil {
		return
	}
	msg := &Msg{EventType: EventDisconnect, Ref: wire.RootID, Page: wp, PageID: wp.id, SessionID: session}
	if err := guard(func() error { return h(wp, msg) }); err != nil {
		slog.Warn("justgo: the disconnect handler failed", "page", wp.id, "err", err)
	}
	wp.flush()
}
