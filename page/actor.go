package page

import (
	"context"
	"log/slog"
	"runtime/debug"
)

// A page is an actor: everything that reads or changes it — a browser's
// events and values, Do functions, attaches, flushes — is a function in its
// mailbox, run in order by the page's own goroutine. That goroutine runs
// only while the mailbox has work, so an idle page, connected or not, costs
// none. A served page borrows it from its registry's pool, whose goroutines
// linger a while for the next page that has work: pages whose browsers send
// messages now and then reuse goroutines, and the stacks their handlers
// grew, instead of starting one each time, and a page keeps no goroutine,
// timer or channel of its own between messages.

// post queues fn for the page's goroutine, starting it when none runs. It
// never blocks; it reports false, queuing nothing, once the page is gone.
func (wp *WebPage) post(fn func()) bool {
	ok, idle := wp.enqueue(fn)
	if idle {
		wp.start()
	}
	return ok
}

// enqueue queues fn, reporting false once the page is gone; idle reports
// that no goroutine runs the mailbox, and that the caller now must: start
// one, or run it itself (run).
func (wp *WebPage) enqueue(fn func()) (ok, idle bool) {
	wp.mu.Lock()
	defer wp.mu.Unlock()
	if wp.removed {
		return false, false
	}
	wp.box = append(wp.box, fn)
	if wp.running {
		return true, false
	}
	wp.running = true
	return true, true
}

// start starts the page's goroutine: one lent by its registry's pool, once
// served. The caller has set running.
func (wp *WebPage) start() {
	if wp.actors != nil {
		wp.actors.Go((*WebPage).run, wp)
	} else {
		go wp.run()
	}
}

// run takes the mailbox's functions in order until it is empty.
func (wp *WebPage) run() {
	wp.actor.Store(goroutine())
	for {
		wp.mu.Lock()
		if len(wp.box) == 0 {
			wp.running = false
			wp.actor.Store(0) // before the next post may start another goroutine
			wp.box = nil      // an idle page keeps nothing
			wp.mu.Unlock()
			return
		}
		fn := wp.box[0]
		wp.box[0] = nil
		wp.box = wp.box[1:]
		wp.mu.Unlock()
		wp.runSafely(fn)
	}
}

// runSafely runs fn, logging a panic instead of ending the process: what
// panics is the app's code (a handler, React, a Do function), and the
// page and its other browsers carry on. The browsers are told, as they
// are of a failed handler.
func (wp *WebPage) runSafely(fn func()) {
	defer func() {
		if r := recover(); r != nil {
			p := &PanicError{Value: r, Stack: debug.Stack()}
			slog.Error("justgo: a page's function panicked", "page", wp.id, "panic", r, "stack", string(p.Stack))
			wp.tellAll(p)
		}
	}()
	fn()
}

// onActor reports whether the caller runs on the page's goroutine: in a
// handler, a Do function or anything else from the mailbox.
func (wp *WebPage) onActor() bool {
	id := wp.actor.Load()
	return id != 0 && id == goroutine()
}

// call runs fn on the page's goroutine and waits for it; on that goroutine
// already, it runs fn at once. It reports false if the page is gone.
func (wp *WebPage) call(fn func()) bool {
	if wp.onActor() {
		fn()
		return true
	}
	if ok, ran := wp.runHere(fn); ran {
		return ok
	}
	done := make(chan struct{})
	if !wp.post(func() { defer close(done); fn() }) {
		return false
	}
	<-done
	return true
}

// runHere runs fn on the caller's goroutine, which stands in for the
// page's own, when the page has none running (a page load's render, most
// often): the caller would only wait for the goroutine it started. What
// was posted meanwhile goes to a goroutine started then. It reports
// whether it ran fn; ok false when the page is gone.
func (wp *WebPage) runHere(fn func()) (ok, ran bool) {
	wp.mu.Lock()
	if wp.removed {
		wp.mu.Unlock()
		return false, true
	}
	if wp.running {
		wp.mu.Unlock()
		return false, false
	}
	wp.running = true
	wp.mu.Unlock()
	wp.actor.Store(goroutine())
	wp.runSafely(fn)
	wp.actor.Store(0)
	wp.mu.Lock()
	if len(wp.box) > 0 {
		wp.start() // still running: its goroutine takes over
	} else {
		wp.running = false
		wp.box = nil
	}
	wp.mu.Unlock()
	return true, true
}

// Do queues fn to run on the page's goroutine, after whatever the page is
// doing now (a handler included, when Do is called from one), and then
// sends what changed. It never blocks, so it is safe from anywhere: a
// handler of this page or another, or any goroutine. It reports false,
// running nothing, when the page is gone (see Context).
func (wp *WebPage) Do(fn func()) bool {
	return wp.post(func() {
		fn()
		wp.flush()
	})
}

// DoWait runs fn like Do and waits until it has run and its changes are
// sent. Called from this page's own handler or Do function, it runs fn at
// once. It blocks while the page runs a handler: two handlers that DoWait
// on each other's pages wait forever, so handlers use Do. It reports false
// when the page is gone.
func (wp *WebPage) DoWait(fn func()) bool {
	return wp.call(func() {
		fn()
		wp.flush()
	})
}

// Inspect runs fn on the page's goroutine and waits for it, sending
// nothing: a read of a page that may be live elsewhere (a shared page that
// another request returns while its browsers change it) sees it whole.
// Called from the page's own handler or Do function, it runs fn at once.
// It reports false, running nothing, when the page is gone.
func (wp *WebPage) Inspect(fn func()) bool { return wp.call(fn) }

// Context is cancelled when the page is dropped (no browser showed it for
// the registry's timeout, or the app closed): a goroutine feeding the page
// stops on it.
func (wp *WebPage) Context() context.Context {
	wp.mu.Lock()
	defer wp.mu.Unlock()
	if wp.ctx == nil {
		wp.ctx, wp.cancel = context.WithCancel(context.Background())
		if wp.removed {
			wp.cancel()
		}
	}
	return wp.ctx
}

// requestFlush queues one flush of what changed, unless one is queued
// already: however many changes are requested meanwhile, the page diffs
// once. It is safe from any goroutine.
func (wp *WebPage) requestFlush() {
	if !wp.flushQueued.CompareAndSwap(false, true) {
		return
	}
	if !wp.post(func() {
		wp.flushQueued.Store(false)
		wp.flush()
	}) {
		wp.flushQueued.Store(false)
	}
}
