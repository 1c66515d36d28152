package lend

import (
	"sync"
	"time"
)

// Linger is how long a goroutine waits for more work before it ends.
const Linger = time.Second

// A Pool lends goroutines to run functions of a T: as many as run at once,
// each kept for Linger after its last piece. Its zero value is ready to
// use; it is safe for concurrent use.
type Pool[T any] struct {
	once sync.Once
	work chan piece[T] // unbuffered: a send succeeds when a goroutine waits
	stop chan struct{} // closed by Close
}

// piece is one piece of work. The function and its argument travel apart,
// so that lending a method (a method expression and its receiver)
// allocates nothing.
type piece[T any] struct {
	run func(T)
	arg T
}

func (p *Pool[T]) init() {
	p.once.Do(func() { p.work, p.stop = make(chan piece[T]), make(chan struct{}) })
}

// Go runs run(arg) on a goroutine waiting for work, or on a new one.
func (p *Pool[T]) Go(run func(T), arg T) {
	p.init()
	w := piece[T]{run, arg}
	select {
	case p.work <- w:
	default:
		go p.serve(w)
	}
}

// serve runs w and then what it is lent next, until none came for Linger
// or the pool closed.
func (p *Pool[T]) serve(w piece[T]) {
	idle := time.NewTimer(Linger)
	defer idle.Stop()
	for {
		w.run(w.arg)
		w = piece[T]{} // keep nothing alive while waiting
		idle.Reset(Linger)
		select {
		case w = <-p.work:
		case <-idle.C:
			return
		case <-p.stop:
			return
		}
	}
}

// Close ends the goroutines waiting for work; those running end when done.
// Work given after Close still runs, each piece on a goroutine of its own.
func (p *Pool[T]) Close() {
	p.init()
	select {
	case <-p.stop:
	default:
		close(p.stop)
	}
}
