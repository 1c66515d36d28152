// Package lend lends goroutines for short pieces of work: a goroutine
// waits a moment for the next piece once it is done, so that work coming
// steadily reuses it, and the stack it grew, instead of starting a
// goroutine and growing its stack each time.
package lend

import (
	"sync"
	"time"
)

// Linger is how long a goroutine waits for more work before it ends.
const Linger = time.Second

// A Pool lends goroutines: as many as run its work at once, each kept for
// Linger after its last piece. Its zero value is ready to use; it is safe
// for concurrent use.
type Pool struct {
	once sync.Once
	work chan func()   // unbuffered: a send succeeds when a goroutine waits
	stop chan struct{} // closed by Close
}

func (p *Pool) init() {
	p.once.Do(func() { p.work, p.stop = make(chan func()), make(chan struct{}) })
}

// Go runs fn on a goroutine waiting for work, or on a new one.
func (p *Pool) Go(fn func()) {
	p.init()
	select {
	case p.work <- fn:
	default:
		go p.serve(fn)
	}
}

// serve runs fn and then what it is lent next, until none came for Linger
// or the pool closed.
func (p *Pool) serve(fn func()) {
	idle := time.NewTimer(Linger)
	defer idle.Stop()
	for {
		fn()
		idle.Reset(Linger)
		select {
		case fn = <-p.work:
		case <-idle.C:
			return
		case <-p.stop:
			return
		}
	}
}

// Close ends the goroutines waiting for work; those running end when done.
// Work given after Close still runs, each piece on a goroutine of its own.
func (p *Pool) Close() {
	p.init()
	select {
	case <-p.stop:
	default:
		close(p.stop)
	}
}
