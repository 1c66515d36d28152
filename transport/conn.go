package transport

import (
	"bufio"
	"log/slog"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

// writeBuffers lends write buffers to connections only while they write,
// so an idle connection holds none.
var writeBuffers sync.Pool

// conn is one browser connection. Pages call Send from any goroutine. A
// writer goroutine runs only while there is something to write (messages, a
// ping, the close), so an idle connection costs its reader alone.
type conn struct {
	ws *websocket.Conn
	br *bufio.Reader // what ws reads through
	id string

	remote, page, session string // for the log

	backlog atomic.Int64   // messages read, waiting for the page to handle them
	reading sync.WaitGroup // the goroutine reading a message
	moving  bool           // its page was rebuilt: the reader drops messages until the browser says it follows

	mu      sync.Mutex
	queue   [][]byte
	pingDue bool
	writing bool          // a writer goroutine is running
	batch   bool          // it is writing a batch
	direct  bool          // SendNow is writing on its caller's goroutine
	wake    chan struct{} // tells a waiting writer there is more; made with the writer
	ping    *time.Timer   // the next ping; once the close frame is written, when the socket closes anyway
	ready   func()        // called once the writer has written what waits

	once   sync.Once
	ended  atomic.Bool  // the connection is to end
	halves atomic.Int32 // of the writer's close frame and the reader's end, those done (see closeHalf)
	code   int
	reason string
}

// A conn is the connection pages know, and it paces them.
var (
	_ page.Conn  = (*conn)(nil)
	_ page.Paced = (*conn)(nil)
)

func newConn(ws *websocket.Conn, br *bufio.Reader, id string) *conn {
	c := &conn{ws: ws, br: br, id: id}
	c.ping = time.AfterFunc(pingPeriod, func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		c.pingDue = true
		c.startWriterLocked()
	})
	return c
}

// The first two bytes of a browser's pong: a final frame, opcode pong,
// and the mask bit with a length of at most 125.
const (
	finalPong = 0x80 | websocket.PongMessage
	masked    = 0x80
)

// awaitFrame waits until the browser has sent the start of a frame other
// than a pong, between messages, where gorilla has read every frame whole.
// It waits outside gorilla's reader, whose calls run deep: an idle
// connection's goroutine keeps the smallest stack. It takes pongs itself,
// as the pong handler does, since gorilla would read one and then wait
// deep inside for the next message; a frame gorilla would refuse is left
// to it. It returns the read's error, a passed deadline included.
func (c *conn) awaitFrame() error {
	for {
		head, err := c.br.Peek(2)
		if err != nil {
			return err
		}
		size := int(head[1] &^ masked)
		if head[0] != finalPong || head[1]&masked == 0 || size > 125 {
			return nil
		}
		if _, err := c.br.Discard(2 + 4 + size); err != nil { // the header, the mask key, the payload
			return err
		}
		c.ws.SetReadDeadline(time.Now().Add(pongWait))
	}
}

// awaitClose reads and drops whatever the browser still sends after the
// server decided to close, until the browser answers the close frame or
// closeGrace passes. Closing the socket on a browser still writing would
// reset the connection and lose the close code and its reason.
func (c *conn) awaitClose() {
	c.ws.SetReadDeadline(time.Now().Add(closeGrace))
	for {
		if _, _, err := c.ws.ReadMessage(); err != nil {
			return
		}
	}
}

// Send queues a message. A browser that lets sendQueue messages pile up is
// disconnected; it reconnects and gets the whole page.
func (c *conn) Send(msg []byte) {
	c.mu.Lock()
	if c.ending() {
		c.mu.Unlock()
		return
	}
	if len(c.queue) >= sendQueue {
		c.mu.Unlock()
		c.fail(wire.CloseSlowConsumer, "too slow")
		return
	}
	c.queue = append(c.queue, msg)
	c.startWriterLocked()
	c.mu.Unlock()
}

// Busy reports whether messages wait to be written or are being written;
// if so, ready (when not nil) is called once they are. Pages call it to
// merge the changes they make meanwhile into one message.
func (c *conn) Busy(ready func()) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	busy := (len(c.queue) > 0 || c.batch || c.direct) && !c.ending()
	if busy && ready != nil {
		c.ready = ready
	}
	return busy
}

// SendNow writes msg on the caller's goroutine when the connection is
// writing nothing else, sparing the hand-over to its writer goroutine, and
// otherwise queues it as Send does. It may block for up to writeWait: the
// page calls it for its only browser, whom nobody else waits for.
func (c *conn) SendNow(msg []byte) {
	c.mu.Lock()
	if c.ending() || len(c.queue) > 0 || c.batch || c.direct {
		c.mu.Unlock()
		c.Send(msg)
		return
	}
	c.direct = true
	c.mu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(writeWait))
	err := c.ws.WriteMessage(websocket.TextMessage, msg)
	c.mu.Lock()
	c.direct = false
	var ready func()
	if len(c.queue) > 0 || c.pingDue || c.ending() {
		c.startWriterLocked() // what came meanwhile is the writer's
	} else {
		ready, c.ready = c.ready, nil
	}
	c.mu.Unlock()
	if err != nil {
		c.fail(websocket.CloseGoingAway, "")
	}
	if ready != nil {
		ready()
	}
}

// Close ends the connection with a close code and reason; pages call it.
func (c *conn) Close(code int, reason string) { c.fail(code, reason) }

// fail ends the connection with a close code and reason, once.
func (c *conn) fail(code int, reason string) {
	c.once.Do(func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		c.code, c.reason = code, reason
		c.ended.Store(true)
		c.ws.SetReadDeadline(time.Now().Add(closeGrace)) // the reader stops waiting for more
		c.startWriterLocked()
	})
}

func (c *conn) ending() bool { return c.ended.Load() }

// closeHalf is called by the writer once it has written the close frame
// and by the reader once it has stopped: the second closes the socket, so
// that the reader sees the browser's answer to the close.
func (c *conn) closeHalf() {
	if c.halves.Add(1) == 2 {
		c.ws.Close()
		c.mu.Lock()
		c.ping.Stop() // what closeGrace would close is closed: let it go now
		c.mu.Unlock()
	}
}

// startWriterLocked starts a writer, or wakes the one that waits; the
// caller holds c.mu. An idle connection keeps neither a writer nor its
// channel.
func (c *conn) startWriterLocked() {
	if !c.writing {
		c.writing = true
		c.wake = make(chan struct{}, 1)
		go c.write(c.wake)
		return
	}
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

// write writes what is queued, a due ping and, at the end, the close frame.
// With nothing to write it waits writerLinger for more (a busy connection
// keeps its writer), then stops. At the end it closes the socket once the
// reader is done (closeHalf), or after closeGrace.
func (c *conn) write(wake chan struct{}) {
	defer func() {
		if r := recover(); r != nil { // a fault of JustGo's own: the connection ends, the process serves on
			slog.Error("justgo: websocket writer panicked", "conn", c.id, "panic", r, "stack", string(debug.Stack()))
			c.ws.Close()
		}
	}()
	linger := time.NewTimer(writerLinger)
	defer linger.Stop()
	for {
		c.mu.Lock()
		if c.direct { // SendNow holds the socket; it wakes the writer when done
			c.mu.Unlock()
			<-wake
			continue
		}
		batch, ping, ending := c.queue, c.pingDue, c.ending()
		c.queue, c.pingDue = nil, false
		c.batch = len(batch) > 0
		var ready func()
		if len(batch) == 0 {
			ready, c.ready = c.ready, nil
		}
		if ready != nil {
			c.mu.Unlock()
			ready() // the page sends what it held back; the writer goes round again
			continue
		}
		if len(batch) == 0 && !ping && !ending {
			c.mu.Unlock()
			linger.Reset(writerLinger)
			select {
			case <-wake:
				continue
			case <-linger.C:
			}
			c.mu.Lock()
			if len(c.queue) == 0 && !c.pingDue && !c.ending() {
				c.writing, c.wake = false, nil
				c.mu.Unlock()
				return
			}
			c.mu.Unlock()
			continue
		}
		c.mu.Unlock()
		for _, msg := range batch {
			c.ws.SetWriteDeadline(time.Now().Add(writeWait))
			if err := c.ws.WriteMessage(websocket.TextMessage, msg); err != nil {
				c.fail(websocket.CloseGoingAway, "")
				break
			}
		}
		if ping && !c.ending() {
			if err := c.ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(writeWait)); err != nil {
				c.fail(websocket.CloseGoingAway, "")
			} else {
				c.ping.Reset(pingPeriod)
			}
		}
		if ending {
			c.ping.Stop()
			c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(c.code, c.reason), time.Now().Add(writeWait))
			c.mu.Lock()
			c.ping = time.AfterFunc(closeGrace, func() { c.ws.Close() }) // should the reader not stop
			c.mu.Unlock()
			c.closeHalf()
			return // writing stays true: nothing starts another writer
		}
	}
}
