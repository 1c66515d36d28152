package page

import (
	"errors"
	"log/slog"

	"github.com/justgo/justgo/internal/wire"
)

// flush sends what changed since the last flush to every browser showing
// the page. While every connection is still writing the last change, the
// flush is owed instead, and sent as one message with whatever changes
// meanwhile when one of them is free. It runs on the page's goroutine.
func (wp *WebPage) flush() {
	if wp.held() {
		wp.owed = true
		return
	}
	wp.flushNow()
}

// flushNow sends what changed, whether or not the connections are busy:
// before a browser joins or a page is rendered, the others must have had
// every change.
func (wp *WebPage) flushNow() {
	wp.owed = false
	if wp.snapshotPaint() { // its snapshots made now: nobody to send anything to
		return
	}
	p := wp.diff()
	wp.reportPrepare()
	if p.Empty() {
		return
	}
	wp.version++
	wp.typedAlone = nil // a browser behind the new version gets the whole page anyway
	p.Version = wp.version
	wp.broadcast(&p)
}

// reportPrepare logs and shows the panic of a React or ModelUpdate that the
// last diff or full sync met.
func (wp *WebPage) reportPrepare() {
	if err := wp.prepErr; err != nil {
		wp.prepErr = nil
		slog.Error("justgo: a component panicked bringing itself up to date", "page", wp.id, "err", err)
		wp.tellAll(err)
	}
}

// held reports whether every connection that has the page is busy writing
// an earlier change; each then calls back when it is free.
func (wp *WebPage) held() bool {
	wp.mu.Lock()
	defer wp.mu.Unlock()
	n := 0
	for c, m := range wp.conns.all {
		p, ok := c.(Paced)
		if !m.joined {
			continue
		}
		if !ok || !p.Busy(nil) {
			return false
		}
		n++
	}
	if n == 0 {
		return false
	}
	ready := wp.requestFlush
	for c, m := range wp.conns.all {
		if m.joined && !c.(Paced).Busy(ready) {
			return false // it has just finished: no need to wait
		}
	}
	return true
}

// broadcast sends p to every connection that has the page, outside the
// page's lock. The page's only browser is written to at once, on the
// page's goroutine, when its connection can (nobody else waits for it),
// unless a handler's Update is flushing: the handler runs on while the
// writer writes, and what it changes meanwhile merges.
func (wp *WebPage) broadcast(p *wire.Patch) {
	var few [4]target // a page has few connections: no allocation for them
	wp.mu.Lock()
	to := few[:0]
	for c, m := range wp.conns.all {
		if m.joined {
			t, _ := wp.handled.get(m.tab)
			to = append(to, target{c, t.n})
		}
	}
	wp.mu.Unlock()
	if len(to) == 0 {
		return // nobody to tell: not even worth encoding (a page's first render)
	}
	body, err := marshalPatch(p)
	if err != nil {
		return
	}
	if d, ok := to[0].c.(directConn); ok && len(to) == 1 && !wp.midway {
		d.SendNow(wire.Envelope(to[0].ack, body))
	} else {
		for _, t := range to {
			t.c.Send(wire.Envelope(t.ack, body))
		}
	}
}

// target is a connection a patch goes to, with the ack it carries there.
type target struct {
	c   Conn
	ack uint64
}

// directConn is a Conn that can write a message on the caller's goroutine
// when it writes nothing else (transport's connections can); it may block
// for as long as a write may take.
type directConn interface {
	SendNow(msg []byte)
}

// audienceSize is the number of connections that have the page.
func (wp *WebPage) audienceSize() int {
	wp.mu.Lock()
	defer wp.mu.Unlock()
	return int(wp.joined)
}

// tellAll shows err to every browser of the page, as a failed handler's
// error is shown to the browser whose event it was.
func (wp *WebPage) tellAll(err error) {
	msg := wire.NewError(ErrorText(err, wp.debug))
	wp.mu.Lock()
	defer wp.mu.Unlock()
	for c, m := range wp.conns.all {
		if m.joined {
			c.Send(msg)
		}
	}
}

// ErrorText is what a browser is told of a handler's error: with debug,
// the error (and a panic's stack); otherwise a plain sentence.
func ErrorText(err error, debug bool) string {
	if !debug {
		return "Something went wrong. The error has been logged."
	}
	var p *PanicError
	if errors.As(err, &p) {
		return p.Error() + "\n\n" + string(p.Stack)
	}
	return "handler failed: " + err.Error()
}
