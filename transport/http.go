package transport

import (
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"sync"

	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/session"
)

// stream is the connection of one HTTP fallback request. Send never
// blocks (it runs under the page's lock); the request's goroutine writes
// what was sent as it comes, so an Update in a handler reaches the browser
// before the handler returns.
type stream struct {
	mu    sync.Mutex
	msgs  [][]byte
	ready chan struct{} // signalled when msgs has something
}

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
// (the browser reloads on both).
func (s *Server) ServeEvents(w http.ResponseWriter, r *http.Request) {
	sid, log, ok := s.verifyPost(w, r, "event POST")
	if !ok {
		return
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxMessage()))
	if err != nil {
		http.Error(w, "message too large", http.StatusRequestEntityTooLarge)
		return
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		http.Error(w, "malformed messages", http.StatusBadRequest)
		return
	}
	q := r.URL.Query()
	version, _ := strconv.ParseUint(q.Get(wire.QueryVersion), 10, 64)
	c := &stream{ready: make(chan struct{}, 1)}
	wp, err := s.Pages.Attach(q.Get(wire.QueryPage), sid, q.Get(wire.QueryTab), c, version)
	switch {
	case errors.Is(err, page.ErrForbidden):
		log.Warn("justgo: event POST refused", "err", err)
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	case err != nil:
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	log = log.With("page", wp.ID(), "session", sid)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer s.Pages.Detach(wp, c)
		for _, m := range raw {
			msg, err := Decode(m)
			if err != nil {
				log.Warn("justgo: malformed message", "err", err)
				continue
			}
			s.handle(c, wp, sid, "http", msg, log)
		}
	}()
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
		}
	}
}

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
