package transport

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"github.com/gorilla/websocket"
	"github.com/justgo/justgo/internal/randid"
	"github.com/justgo/justgo/internal/rejoin"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/session"
	"github.com/justgo/justgo/store"
	"github.com/justgo/justgo/upload"
)

// Timing of a connection.
const (
	writeWait    = 10 * time.Second // longest a write to the browser may take
	closeGrace   = 2 * time.Second  // how long a closing browser has to answer the close
	writerLinger = time.Second      // how long a writer with nothing to write waits before it stops
	sendQueue    = 64               // messages queued for a browser before it counts as too slow
	defaultMax   = int64(1 << 20)   // message size limit when Server.MaxMessageBytes is 0
	maxBacklog   = 1024             // messages of one connection waiting for its page before it is closed
)

// An upload has uploadGrace to start; then it must keep up uploadMinRate
// bytes a second, so that a trickled upload cannot hold a connection and
// a quota for long. Variables, so that tests can shorten them.
var (
	uploadGrace   = 10 * time.Second
	uploadMinRate = int64(16 << 10)
)

// pongWait is the longest silence from the browser before the connection
// is dropped; pings every pingPeriod keep idle connections (and proxies)
// alive. Variables, so that tests can shorten them.
var (
	pongWait   = 60 * time.Second
	pingPeriod = pongWait * 9 / 10
)

// postReadWait is the longest an event POST's body may take to arrive.
var postReadWait = 10 * time.Second

// upgrader checks that Origin is this host (gorilla's default) and lends
// write buffers from a pool, so an idle connection holds none. Its read
// buffer is small: a click or a typed value arrives in one read, and a
// larger message is read in several. Without a size gorilla would keep the
// HTTP server's 4 KB reader for the life of the connection.
var upgrader = websocket.Upgrader{ReadBufferSize: readBufferSize, WriteBufferSize: 4096, WriteBufferPool: &writeBuffers}

const readBufferSize = 512

// Server is the websocket endpoint browsers attach to their pages through.
// It is safe for concurrent use.
type Server struct {
	Pages    *page.Registry
	Sessions *session.Manager
	// MaxMessageBytes caps one message from a browser; a larger one closes
	// the connection.
	MaxMessageBytes int64
	// Upload caps the files a browser uploads (see ServeUpload); zero
	// sizes take the defaults, 10 MB a file and 50 MB a submit. Its Quota
	// is shared by all the server's pages.
	Upload upload.Limits
	// MaxMessagesPerSecond caps one connection's messages, with bursts of
	// twice as many; MaxConnsPerSession caps one session's open websockets.
	// Past either the connection is closed (4429). 0 means no cap.
	MaxMessagesPerSecond int
	MaxConnsPerSession   int
	// MaxEventsPerPost caps the messages of one HTTP-fallback POST (0: no
	// cap); a larger POST is refused whole (413).
	MaxEventsPerPost int
	// Websockets says the app carries events over websockets: the HTTP
	// fallback then serves only pages that asked for it (NoWebsockets).
	Websockets bool
	// Debug shows a failing handler's error and stack in the browser;
	// otherwise the browser is told only that something went wrong.
	Debug bool
	Log   *slog.Logger
	// Tokens verifies the rejoin tokens pages carry; nil: a browser whose
	// page this instance does not hold reloads. With them, its request is
	// forwarded to the instance named in the token when it is not this one
	// (Instance, INSTANCE_URL) and can be reached, or else the page is
	// rebuilt here by Rebuild.
	Tokens   *rejoin.Codec
	Instance string
	Rebuild  Rebuilder

	mu         sync.Mutex
	conns      map[*conn]bool
	perSession map[string]int
	closed     bool
	posts      postLimits // the HTTP fallback's message rates, per tab
}

// ServeHTTP upgrades the request and serves the connection until it closes.
// The session cookie is verified before the upgrade; the websocket's Origin
// must be this host.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	log := s.logger().With("remote", r.RemoteAddr)
	sid, err := s.Sessions.Verify(r)
	if err != nil {
		log.Warn("justgo: websocket with a bad session cookie")
		session.BadCookie(w)
		return
	}
	rebuilt := func(w http.ResponseWriter, r *http.Request, wp *page.WebPage, moved []byte, err error) {
		switch {
		case errors.Is(err, store.ErrUnavailable): // the browser tries again in a moment
			s.open(w, r, sid, "", 0, nil, websocket.CloseTryAgainLater, "the page cannot be rebuilt now", log)
		case err != nil: // it reloads
			s.open(w, r, sid, "", 0, nil, wire.CloseUnknownPage, "the page cannot be rebuilt", log)
		default:
			s.open(w, r, sid, wp.ID(), staleVersion, moved, 0, "", log)
		}
	}
	if s.taken(w, r, sid, log, rebuilt) {
		return
	}
	q := r.URL.Query()
	version, _ := strconv.ParseUint(q.Get(wire.QueryVersion), 10, 64)
	s.open(w, r, sid, q.Get(wire.QueryPage), version, nil, 0, "", log)
}

// staleVersion is no page's version: a browser attached with it is sent the
// whole page.
const staleVersion = ^uint64(0)

// open upgrades r and serves the connection to pageID, whose browser shows
// version; first, when not nil, is the first message it is sent. A refusal
// code closes the connection at once, with reason.
func (s *Server) open(w http.ResponseWriter, r *http.Request, sid, pageID string, version uint64, first []byte, refusal int, reason string, log *slog.Logger) {
	q := r.URL.Query()
	// Counted before the handshake completes, so that the caps follow the
	// order in which browsers connected.
	code := refusal
	if code == 0 {
		code, reason = s.reserve(sid)
	}
	ws, err := upgrader.Upgrade(w, r, nil) // answers the error itself, e.g. a foreign Origin
	if err != nil {
		if code == 0 {
			s.release(sid)
		}
		log.Warn("justgo: websocket upgrade refused", "origin", r.Header.Get("Origin"), "err", err)
		return
	}
	c := newConn(ws, randid.New(9))
	if code == 0 && !s.register(c) {
		s.release(sid)
		code, reason = wire.CloseShutdown, "server stopping"
	}
	tab := q.Get(wire.QueryTab)
	log = log.With("page", pageID, "session", sid, "conn", c.id)
	// The connection gets a goroutine of its own, so that this request (its
	// headers, net/http's buffers, a deep stack) can be freed.
	if first != nil {
		c.Send(first)
		c.moving = true
	}
	go s.serve(c, pageID, sid, tab, version, code, reason, log)
}

// serve attaches c to its page and reads its messages until it closes; or,
// if track refused it (code), closes it.
func (s *Server) serve(c *conn, pageID, sid, tab string, version uint64, code int, reason string, log *slog.Logger) {
	defer close(c.readDone)
	defer func() {
		if r := recover(); r != nil { // a fault of JustGo's own: this connection ends, the process serves on
			log.Error("justgo: websocket connection panicked", "panic", r, "stack", string(debug.Stack()))
			c.fail(websocket.CloseInternalServerErr, "")
		}
	}()
	if code != 0 {
		log.Warn("justgo: websocket refused", "reason", reason)
		c.fail(code, reason)
		c.awaitClose()
		return
	}
	defer s.unregister(c, sid)
	wp, err := s.Pages.Attach(pageID, sid, tab, c, version)
	if err != nil {
		code := wire.CloseUnknownPage
		switch {
		case errors.Is(err, page.ErrForbidden):
			code = wire.CloseForbidden
			log.Warn("justgo: websocket refused", "err", err)
		case errors.Is(err, page.ErrBadTab):
			code = wire.CloseBadMessage
			log.Warn("justgo: websocket refused", "err", err)
		case errors.Is(err, page.ErrTooManyTabs):
			code = wire.CloseTooMany
			log.Warn("justgo: websocket refused", "err", err)
		}
		c.fail(code, err.Error())
		c.awaitClose()
		return
	}
	defer s.Pages.Detach(wp, c)
	s.readPump(c, wp, sid, log)
	c.awaitClose()
}

// readPump reads the browser's messages in order and hands them to the
// page's mailbox, never waiting for a handler, so it keeps reading (pongs
// included) while one runs. It runs on the connection's goroutine.
func (s *Server) readPump(c *conn, wp *page.WebPage, sid string, log *slog.Logger) {
	max := s.maxMessage()
	c.ws.SetReadLimit(max)
	c.ws.SetReadDeadline(time.Now().Add(pongWait))
	c.ws.SetPongHandler(func(string) error { return c.ws.SetReadDeadline(time.Now().Add(pongWait)) })
	limit := newBucket(s.MaxMessagesPerSecond)
	for {
		_, data, err := c.ws.ReadMessage()
		if err != nil {
			if errors.Is(err, websocket.ErrReadLimit) {
				// gorilla has already sent 1009, message too big
				log.Warn("justgo: message over the size limit", "limit", max)
			}
			c.fail(websocket.CloseNormalClosure, "")
			return
		}
		now := time.Now()
		c.ws.SetReadDeadline(now.Add(pongWait))
		if !limit.take(now) {
			log.Warn("justgo: too many messages", "per_second", s.MaxMessagesPerSecond)
			c.fail(wire.CloseTooMany, "too many messages")
			return
		}
		m, err := Decode(data)
		if err != nil {
			log.Warn("justgo: malformed message", "err", err, "bytes", len(data))
			c.fail(wire.CloseBadMessage, "malformed message")
			return
		}
		if m.Type == wire.TypeMoved || c.moving {
			// What a browser sent before it knew its page was rebuilt names
			// the elements of the page before: refs another page may use.
			c.moving = c.moving && m.Type != wire.TypeMoved
			continue
		}
		if c.backlog.Add(1) > maxBacklog {
			log.Warn("justgo: too many messages waiting for the page", "waiting", maxBacklog)
			c.fail(wire.CloseTooMany, "too many messages")
			return
		}
		if !s.handle(c, wp, sid, c.id, m, log, func() { c.backlog.Add(-1) }) {
			return // the page is gone, and closed c
		}
	}
}

// handle queues one message for the page; what it must know is told to the
// browser once handled, and then done is called. It reports false when the
// page is gone.
func (s *Server) handle(c page.Conn, wp *page.WebPage, sid, connID string, m *wire.ClientMsg, log *slog.Logger, done func()) bool {
	return wp.Receive(c, sid, connID, m, func(err error) {
		if text := s.report(err, m, log); text != "" {
			c.Send(wire.NewError(text))
		}
		done()
	})
}

// report logs what handling m went wrong with and returns what the browser
// is told: "" for success and for refusals, which tell a forger nothing.
func (s *Server) report(err error, m *wire.ClientMsg, log *slog.Logger) string {
	var panicked *page.PanicError
	switch {
	case err == nil:
		return ""
	case page.IsRefusal(err):
		log.Warn("justgo: message refused", "type", m.Type, "event", m.Event, "element", m.ID, "err", err)
		return ""
	case errors.As(err, &panicked):
		log.Error("justgo: handler panicked", "event", m.Event, "element", m.ID, "panic", panicked.Value, "stack", string(panicked.Stack))
	default:
		log.Error("justgo: handler failed", "event", m.Event, "element", m.ID, "err", err)
	}
	return page.ErrorText(err, s.Debug)
}

func (s *Server) maxMessage() int64 {
	if s.MaxMessageBytes > 0 {
		return s.MaxMessageBytes
	}
	return defaultMax
}

// Decode parses one browser message. Unknown fields are ignored; a message
// without a type is an error.
func Decode(data []byte) (*wire.ClientMsg, error) {
	var m wire.ClientMsg
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	if m.Type == "" {
		return nil, errors.New("message has no type")
	}
	return &m, nil
}

func (s *Server) logger() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

// reserve counts a connection of session sid in, or says why it may not
// open.
func (s *Server) reserve(sid string) (code int, reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return wire.CloseShutdown, "server stopping"
	}
	if sid != "" && s.MaxConnsPerSession > 0 && s.perSession[sid] >= s.MaxConnsPerSession {
		return wire.CloseTooMany, "too many connections"
	}
	if s.perSession == nil {
		s.perSession = map[string]int{}
	}
	s.perSession[sid]++
	return 0, ""
}

// release gives back what reserve counted.
func (s *Server) release(sid string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.perSession[sid]--; s.perSession[sid] <= 0 {
		delete(s.perSession, sid)
	}
}

// register lists c for Close; it reports false once the server is closing.
func (s *Server) register(c *conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	if s.conns == nil {
		s.conns = map[*conn]bool{}
	}
	s.conns[c] = true
	return true
}

// unregister undoes register and reserve.
func (s *Server) unregister(c *conn, sid string) {
	s.mu.Lock()
	delete(s.conns, c)
	s.mu.Unlock()
	s.release(sid)
}

// Close tells every browser the server is stopping (they reconnect with
// backoff) and refuses new connections.
func (s *Server) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	for c := range s.conns {
		c.fail(wire.CloseShutdown, "server stopping")
	}
}
