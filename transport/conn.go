package transport

import (
	"sync"
	"time"

	"github.com/gorilla/websocket"
	"github.com/justgo/justgo/internal/wire"
)

// conn is one browser connection. Pages call Send from any goroutine; only
// writePump writes to the socket.
type conn struct {
	ws   *websocket.Conn
	id   string
	send chan []byte

	once     sync.Once
	done     chan struct{}
	readDone chan struct{} // closed when the request's goroutine stops reading
	code     int
	reason   string
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
	select {
	case <-c.done:
	case c.send <- msg:
	default:
		c.fail(wire.CloseSlowConsumer, "too slow")
	}
}

// Close ends the connection with a close code and reason; pages call it.
func (c *conn) Close(code int, reason string) { c.fail(code, reason) }

// fail ends the connection with a close code and reason, once.
func (c *conn) fail(code int, reason string) {
	c.once.Do(func() {
		c.code, c.reason = code, reason
		close(c.done)
		c.ws.SetReadDeadline(time.Now().Add(closeGrace)) // the reader stops waiting for more
	})
}

// writePump writes queued messages and pings until the connection ends,
// then says why and closes the socket.
func (c *conn) writePump() {
	ticker := time.NewTicker(pingPeriod)
	defer ticker.Stop()
	defer c.ws.Close()
	for {
		select {
		case msg := <-c.send:
			c.ws.SetWriteDeadline(time.Now().Add(writeWait))
			if err := c.ws.WriteMessage(websocket.TextMessage, msg); err != nil {
				c.fail(websocket.CloseGoingAway, "")
				return
			}
		case <-ticker.C:
			if err := c.ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(writeWait)); err != nil {
				c.fail(websocket.CloseGoingAway, "")
				return
			}
		case <-c.done:
			c.drain()
			c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(c.code, c.reason), time.Now().Add(writeWait))
			select { // the reader sees the browser's answer, or gives up
			case <-c.readDone:
			case <-time.After(closeGrace):
			}
			return
		}
	}
}

// drain writes what was queued before the end, so that a last update (a
// redirect, say) is not lost to the close.
func (c *conn) drain() {
	for {
		select {
		case msg := <-c.send:
			c.ws.SetWriteDeadline(time.Now().Add(writeWait))
			if c.ws.WriteMessage(websocket.TextMessage, msg) != nil {
				return
			}
		default:
			return
		}
	}
}
