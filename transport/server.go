package transport

import (
	"bufio"
	"bytes"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
	"github.com/justgo/justgo/internal/lend"
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
// write buffers from a pool, so an idle connection holds none. It sets no
// ReadBufferSize: gorilla then reads through the reader the hijack hands
// it (see hijacker), which the connection shares.
var upgrader = websocket.Upgrader{WriteBufferSize: 4096, WriteBufferPool: &writeBuffers}

// readBufferSize is a connection's read buffer: a click or a typed value
// arrives in one read, and a larger message is read in several.
const readBufferSize = 512

// hijacker gives the upgrade a reader of readBufferSize over the
// connection instead of the HTTP server's 4 KB one. Gorilla keeps a
// hijacked reader of more than 256 bytes as its own when the Upgrader has
// no ReadBufferSize, so the connection reads through the same buffer and
// can wait for the browser's next frame outside gorilla (conn.awaitFrame).
type hijacker struct {
	http.ResponseWriter
	br *bufio.Reader
}

func (h *hijacker) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	nc, rw, err := http.NewResponseController(h.ResponseWriter).Hijack()
	if err != nil || rw.Reader.Buffered() > 0 { // gorilla refuses a browser that sent data before the handshake's answer
		return nc, rw, err
	}
	h.br = bufio.NewReaderSize(nc, readBufferSize)
	return nc, bufio.NewReadWriter(h.br, rw.Writer), nil
}

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
	posts      postLimits        // the HTTP fallback's message rates, per tab
	readers    lend.Pool[func()] // the goroutines that read messages (see readPump)
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
	h := &hijacker{ResponseWriter: w}
	ws, err := upgrader.Upgrade(h, r, nil) // answers the error itself, e.g. a foreign Origin
	if err != nil {
		if code == 0 {
			s.release(sid)
		}
		log.Warn("justgo: websocket upgrade refused", "origin", r.Header.Get("Origin"), "err", err)
		return
	}
	c := newConn(ws, h.br, randid.New(9))
	c.remote, c.page, c.session = r.RemoteAddr, strings.Clone(pageID), sid // the id alone, not the request line it was cut from
	if code == 0 && !s.register(c) {
		s.release(sid)
		code, reason = wire.CloseShutdown, "server stopping"
	}
	if first != nil {
		c.Send(first)
		c.moving = true
	}
	var wp *page.WebPage
	if code == 0 {
		wp = s.attach(c, q.Get(wire.QueryTab), version)
	} else {
		s.connLog(c).Warn("justgo: websocket refused", "reason", reason)
		c.fail(code, reason)
	}
	// The connection gets a goroutine of its own, so that this request (its
	// headers, net/http's buffers, a deep stack) can be freed. It attached
	// here, on the request's stack, so that its own stays small.
	go s.serve(c, wp, code == 0)
}

// connLog is the logger for what concerns c. It is made when something is
// to be logged: an idle connection holds none.
func (s *Server) connLog(c *conn) *slog.Logger {
	return s.logger().With("remote", c.remote, "page", c.page, "session", c.session, "conn", c.id)
}

// serve reads c's messages for wp until it closes; with wp nil (c was
// refused and is closing), it waits for the close. It stays on the
// connection's goroutine while that lives, so it keeps its frame small.
func (s *Server) serve(c *conn, wp *page.WebPage, registered bool) {
	defer c.closeHalf()
	defer s.recoverPanic(c)
	if registered {
		defer s.unregister(c, c.session)
	}
	if wp != nil {
		defer s.Pages.Detach(wp, c)
		s.readPump(c, wp)
	}
	c.awaitClose()
}

// recoverPanic, deferred, ends c on a fault of JustGo's own; the process
// serves on.
func (s *Server) recoverPanic(c *conn) {
	if r := recover(); r != nil {
		s.connLog(c).Error("justgo: websocket connection panicked", "panic", r, "stack", string(debug.Stack()))
		c.fail(websocket.CloseInternalServerErr, "")
	}
}

// attach attaches c to its page, or closes it when the page refuses it,
// returning nil.
func (s *Server) attach(c *conn, tab string, version uint64) *page.WebPage {
	wp, err := s.Pages.Attach(c.page, c.session, tab, c, version)
	if err != nil {
		code := wire.CloseUnknownPage
		switch {
		case errors.Is(err, page.ErrForbidden):
			code = wire.CloseForbidden
			s.connLog(c).Warn("justgo: websocket refused", "err", err)
		case errors.Is(err, page.ErrBadTab):
			code = wire.CloseBadMessage
			s.connLog(c).Warn("justgo: websocket refused", "err", err)
		case errors.Is(err, page.ErrTooManyTabs):
			code = wire.CloseTooMany
			s.connLog(c).Warn("justgo: websocket refused", "err", err)
		}
		c.fail(code, err.Error())
		return nil
	}
	return wp
}

// readPump reads the browser's messages in order and hands them to the
// page's mailbox, never waiting for a handler, so it keeps reading (pongs
// included) while one runs. It runs on the connection's goroutine, which
// only waits: for the start of each message (awaitFrame, on a shallow
// stack), then for one of the server's readers to read and queue it.
// Reading runs deep (gorilla's frames, JSON), and a goroutine's stack,
// once grown, shrinks only while it holds less than a quarter of it: a
// connection that read its messages itself kept 8 KB or more after its
// first. So an idle connection keeps the smallest stack Go gives.
func (s *Server) readPump(c *conn, wp *page.WebPage) {
	c.ws.SetReadLimit(s.maxMessage())
	c.ws.SetReadDeadline(time.Now().Add(pongWait))
	c.ws.SetPongHandler(func(string) error { return c.ws.SetReadDeadline(time.Now().Add(pongWait)) })
	limit := newBucket(s.MaxMessagesPerSecond)
	log := func() *slog.Logger { return s.connLog(c) }
	var more bool
	for {
		if err := c.awaitFrame(); err != nil {
			c.fail(websocket.CloseNormalClosure, "")
			return
		}
		more = false // stays so if reading panics
		c.reading.Add(1)
		s.readers.Go(call, func() {
			var run func()
			func() {
				defer c.reading.Done()
				defer s.recoverPanic(c)
				more, run = s.readMessage(c, wp, limit, log)
			}()
			if run != nil { // the page had no goroutine: this one is it now, while the connection reads on
				run()
			}
		})
		c.reading.Wait()
		if !more {
			return
		}
	}
}

func call(fn func()) { fn() }

// readMessage reads one message and queues it for the page; it reports
// false, having closed c, when the connection is to end. When the page had
// no goroutine running, run is the page's work for the caller to do (see
// page.ReceiveHere).
func (s *Server) readMessage(c *conn, wp *page.WebPage, limit *bucket, log func() *slog.Logger) (more bool, run func()) {
	buf := messageBuffers.Get().(*bytes.Buffer)
	defer putMessageBuffer(buf)
	_, r, err := c.ws.NextReader()
	if err == nil {
		_, err = buf.ReadFrom(r)
	}
	data := buf.Bytes()
	if err != nil {
		if errors.Is(err, websocket.ErrReadLimit) {
			// gorilla has already sent 1009, message too big
			log().Warn("justgo: message over the size limit", "limit", s.maxMessage())
		}
		c.fail(websocket.CloseNormalClosure, "")
		return false, nil
	}
	now := time.Now()
	c.ws.SetReadDeadline(now.Add(pongWait))
	if !limit.take(now) {
		log().Warn("justgo: too many messages", "per_second", s.MaxMessagesPerSecond)
		c.fail(wire.CloseTooMany, "too many messages")
		return false, nil
	}
	m, err := Decode(data)
	if err != nil {
		log().Warn("justgo: malformed message", "err", err, "bytes", len(data))
		c.fail(wire.CloseBadMessage, "malformed message")
		return false, nil
	}
	if m.Type == wire.TypeMoved || c.moving {
		// What a browser sent before it knew its page was rebuilt names
		// the elements of the page before: refs another page may use.
		c.moving = c.moving && m.Type != wire.TypeMoved
		return true, nil
	}
	if c.backlog.Add(1) > maxBacklog {
		log().Warn("justgo: too many messages waiting for the page", "waiting", maxBacklog)
		c.fail(wire.CloseTooMany, "too many messages")
		return false, nil
	}
	return wp.ReceiveHere(c, c.session, c.id, m, s.replier(c, m, log, func() { c.backlog.Add(-1) })) // false: the page is gone, and closed c
}

// messageBuffers are what messages are read into: a message is decoded
// and its buffer goes back (decoding copies what it keeps), so reading one
// allocates no buffer of its own.
var messageBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// keptBuffer is the largest buffer put back: one grown for a rare large
// message goes.
const keptBuffer = 64 << 10

func putMessageBuffer(b *bytes.Buffer) {
	if b.Cap() <= keptBuffer {
		b.Reset()
		messageBuffers.Put(b)
	}
}

// handle queues one message for the page (see replier). It reports false
// when the page is gone.
func (s *Server) handle(c page.Conn, wp *page.WebPage, sid, connID string, m *wire.ClientMsg, log func() *slog.Logger, done func()) bool {
	return wp.Receive(c, sid, connID, m, s.replier(c, m, log, done))
}

// replier is what a page calls once it has handled m: what the browser
// must know is told to it (log gives the logger, if something is to be
// logged), and then done is called.
func (s *Server) replier(c page.Conn, m *wire.ClientMsg, log func() *slog.Logger, done func()) func(error) {
	return func(err error) {
		if text := s.report(err, m, log); text != "" {
			c.Send(wire.NewError(text))
		}
		done()
	}
}

// report logs what handling m went wrong with and returns what the browser
// is told: "" for success and for refusals, which tell a forger nothing.
func (s *Server) report(err error, m *wire.ClientMsg, log func() *slog.Logger) string {
	var panicked *page.PanicError
	switch {
	case err == nil:
		return ""
	case page.IsRefusal(err):
		log().Warn("justgo: message refused", "type", m.Type, "event", m.Event, "element", m.ID, "err", err)
		return ""
	case errors.As(err, &panicked):
		log().Error("justgo: handler panicked", "event", m.Event, "element", m.ID, "panic", panicked.Value, "stack", string(panicked.Stack))
	default:
		log().Error("justgo: handler failed", "event", m.Event, "element", m.ID, "err", err)
	}
	return page.ErrorText(err, s.Debug)
}

func (s *Server) maxMessage() int64 {
	if s.MaxMessageBytes > 0 {
		return s.MaxMessageBytes
	}
	return defaultMax
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
	s.readers.Close()
}
