// Package topic keeps many pages in step with data they share: a page
// subscribes to a Topic with a function that shows a value, and every
// Publish runs that function on each subscribed page's own goroutine, in
// its mailbox, then sends what changed to its browsers. Publish never runs
// a page's function on the caller's stack, so a handler of one subscribed
// page may publish to all of them without a deadlock.
//
// Pages leave the topic by themselves when they are dropped (their Context
// ends), so a list of pages kept by hand, which would keep dead pages
// alive, is not needed.
//
// # Concurrency
//
// A Topic is safe for concurrent use. Values published, from any number of
// goroutines, reach every page in one order, the same for all pages.
package topic

import (
	"context"
	"sync"

	"github.com/justgo/justgo/page"
)

// Topic carries values of type T to the pages that subscribe to it. The
// zero value is ready to use; a Topic must not be copied after first use.
type Topic[T any] struct {
	mu   sync.Mutex // held while a value is queued for every page, so all see one order
	subs map[*subscription[T]]bool
}

type subscription[T any] struct {
	wp   *page.WebPage
	show func(T)
	stop func() bool // ends the watch on the page's Context
}

// Subscribe runs show(v) on wp's goroutine for every value published from
// now on, after whatever the page is doing, and then sends what it changed.
// The subscription ends when wp is dropped or when cancel is called.
func (t *Topic[T]) Subscribe(wp *page.WebPage, show func(T)) (cancel func()) {
	s := &subscription[T]{wp: wp, show: show}
	t.mu.Lock()
	if t.subs == nil {
		t.subs = map[*subscription[T]]bool{}
	}
	t.subs[s] = true
	t.mu.Unlock()
	s.stop = context.AfterFunc(wp.Context(), func() { t.remove(s) })
	return func() {
		s.stop()
		t.remove(s)
	}
}

func (t *Topic[T]) remove(s *subscription[T]) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.subs, s)
}

// Publish sends v to every subscribed page. It never blocks on a page: each
// runs its function when it gets to it. It is safe from any goroutine,
// handlers of subscribed pages included.
func (t *Topic[T]) Publish(v T) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for s := range t.subs {
		if !s.wp.Do(func() { s.show(v) }) {
			delete(t.subs, s) // dropped: its Context's watch may not have run yet
		}
	}
}

// Subscribers is the number of pages subscribed now.
func (t *Topic[T]) Subscribers() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.subs)
}
