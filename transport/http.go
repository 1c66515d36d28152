package transport

import (
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/session"
)

// stream is the connection of one HTTP fallback request. Send never
// blocks (it runs on the page's goroutine); the request's goroutine writes
// what was sent as it comes, so an Update in a handler reaches the browser
// before the handler returns.
type stream struct {
	mu    sync.Mutex
	msgs  [][]byte
	ready chan struct{} // signalled when msgs has something
}

var _ page.Transient = (*stream)(nil)

// Transient says the request's end is not the tab leaving.
func (*stream) Transient() {}

func (c *stream) Send(msg []byte) {
	c.mu.Lock()
	c.msgs = append(c.msgs, msg)
	c.mu.Unlock()
	select {
	case c.ready <- struct{}{}:
	default:
	}
}

// Close does nothing: the request ends when its messages are handled, and
// the browser's next POST learns that the page is gone.
func (c *stream) Close(int, string) {}

func (c *stream) take() [][]byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	m := c.msgs
	c.msgs = nil
	return m
}

// verifyPost checks the session cookie and the Origin of a POST from a
// page, answering when they fail; what names the request in the log.
func (s *Server) verifyPost(w http.ResponseWriter, r *http.Request, what string) (sid string, log *slog.Logger, ok bool) {
	log = s.logger().With("remote", r.RemoteAddr)
	sid, err := s.Sessions.Verify(r)
	if err != nil {
		session.BadCookie(w)
		return "", nil, false
	}
	if !sameOrigin(r) {
		log.Warn("justgo: cross-origin "+what+" refused", "origin", r.Header.Get("Origin"))
		http.Error(w, "cross-origin request", http.StatusForbidden)
		return "", nil, false
	}
	return sid, log, true
}

// ServeEvents is the HTTP fallback for networks that block websockets: the
// browser POSTs a JSON array of its messages to /_jp/event?page=ID&v=VERSION
// and reads the server's messages, one JSON object a line, streamed as the
// handlers send them. The session cookie and Origin are checked as for the
// websocket; 404 means the page is gone, 403 that it is not this session's
// or takes its events over a websocket (the browser reloads on both). A
// request carries at most MaxEventsPerPost messages, at the rate a
// websocket may send them; its body must arrive within postReadWait.
func (s *Server) ServeEvents(w http.ResponseWriter, r *http.Request) {
	sid, log, ok := s.verifyPost(w, r, "event POST")
	if !ok {
		return
	}
	rebuilt := func(w http.ResponseWriter, r *http.Request, wp *page.WebPage, moved []byte, err error) {
		if err != nil {
			rebuildFailed(w, err)
			return
		}
		s.events(w, r, sid, wp.ID(), moved, log)
	}
	if s.taken(w, r, sid, log, rebuilt) {
		return
	}
	s.events(w, r, sid, r.URL.Query().Get(wire.QueryPage), nil, log)
}

// events handles one event POST for pageID. moved, when not nil, says the
// page was rebuilt here under pageID: the browser is told so first and sent
// the whole page, and the POST's events, which name the elements of the
// page it showed before, are not handled.
func (s *Server) events(w http.ResponseWriter, r *http.Request, sid, pageID string, moved []byte, log *slog.Logger) {
	http.NewResponseController(w).SetReadDeadline(time.Now().Add(postReadWait))
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxMessage()))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		http.Error(w, "message too large", http.StatusRequestEntityTooLarge)
		return
	case err != nil:
		log.Warn("justgo: event POST cut off", "err", err)
		http.Error(w, "the request did not arrive in time", http.StatusRequestTimeout)
		return
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		http.Error(w, "malformed messages", http.StatusBadRequest)
		return
	}
	if s.MaxEventsPerPost > 0 && len(raw) > s.MaxEventsPerPost {
		log.Warn("justgo: event POST refused: too many messages", "messages", len(raw), "cap", s.MaxEventsPerPost)
		http.Error(w, "too many messages in one request", http.StatusRequestEntityTooLarge)
		return
	}
	msgs := make([]*wire.ClientMsg, 0, len(raw))
	for _, m := range raw {
		msg, err := Decode(m)
		if err != nil {
			log.Warn("justgo: malformed message", "err", err)
			continue
		}
		if msg.Type == wire.TypeMoved { // the browser follows a rebuilt page: its earlier POSTs said so already
			continue
		}
		msgs = append(msgs, msg)
	}
	q := r.URL.Query()
	tab := q.Get(wire.QueryTab)
	if !s.posts.take(pageID+"\x00"+tab, s.MaxMessagesPerSecond, len(msgs), time.Now()) {
		log.Warn("justgo: event POST refused: too many messages", "per_second", s.MaxMessagesPerSecond)
		w.Header().Set("Retry-After", "1")
		http.Error(w, "too many messages", http.StatusTooManyRequests)
		return
	}
	wp, err := s.Pages.Lookup(pageID, sid)
	if err == nil && s.Websockets && !wp.NoWebsockets {
		err = errWebsocketPage
	}
	version, _ := strconv.ParseUint(q.Get(wire.QueryVersion), 10, 64)
	c := &stream{ready: make(chan struct{}, 1)}
	if moved != nil {
		version = staleVersion
		c.Send(moved)
		if slices.ContainsFunc(msgs, func(m *wire.ClientMsg) bool { return m.Type == wire.TypeEvent }) {
			c.Send(wire.NewError(lostEvents))
		}
		msgs = []*wire.ClientMsg{{Type: wire.TypeSync}} // answered after the whole page is sent
	}
	if err == nil {
		wp, err = s.Pages.Attach(pageID, sid, tab, c, version)
	}
	switch {
	case errors.Is(err, page.ErrUnknownPage):
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	case err != nil:
		log.Warn("justgo: event POST refused", "err", err)
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	defer s.Pages.Detach(wp, c)
	log = log.With("page", wp.ID(), "session", sid)
	done := make(chan struct{})
	var left atomic.Int32 // messages not handled yet
	left.Store(int32(len(msgs)) + 1)
	finished := func() {
		if left.Add(-1) == 0 {
			close(done)
		}
	}
	logger := func() *slog.Logger { return log }
	for _, m := range msgs {
		if !s.handle(c, wp, sid, "http", m, logger, finished) {
			break // the page is gone; the next POST learns it
		}
	}
	finished()
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.Header().Set("Cache-Control", "no-store")
	flusher, _ := w.(http.Flusher)
	write := func() {
		for _, m := range c.take() {
			w.Write(m)
			w.Write([]byte("\n"))
		}
		if flusher != nil {
			flusher.Flush()
		}
	}
	for {
		select {
		case <-c.ready:
			write()
		case <-done:
			write()
			return
		case <-r.Context().Done():
			return
		}
	}
}

// lostEvents tells a browser whose page was rebuilt on another instance
// that what it did last did not count.
const lostEvents = "This page moved to another server, which could not reach the one that held it: what you did last was not applied. Please do it again."

// errWebsocketPage refuses an event POST for a page that takes its events
// over its websocket: no browser of it posts them.
var errWebsocketPage = errors.New("the page takes its events over its websocket")

// sameOrigin accepts a request without an Origin header (not a browser's
// cross-site request) or with this host's.
func sameOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	return err == nil && u.Host == r.Host
}
