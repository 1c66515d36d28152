package page

import (
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"

	"github.com/justgo/justgo/internal/wire"
)

// Tracked subtrees are the diff's fast path. A handler changes an element
// by assigning its fields, so after each event the page compares every
// element with what it sent: O(page). A subtree whose author promises to
// change it only through its elements' methods, or to Touch what they
// assign, is tracked: its Generation counts those changes, and the page
// skips the whole subtree while the count has not moved since it last
// compared it. With the registry's CheckTracking (DEBUG, jptest) the page
// compares the skipped subtrees anyway and reports a change the count
// missed, which it then sends all the same.

// A Generation counts the changes made to a tracked subtree.
type Generation struct {
	n    atomic.Uint64
	up   *Generation // the tracked subtree holding this one, which changes with it
	root *Props      // the subtree's root
}

// bump records a change in g's subtree and in those holding it.
func (g *Generation) bump() {
	for ; g != nil; g = g.up {
		g.n.Add(1)
	}
}

// Touch records that the element changed, for the tracked subtree it is
// in (none: nothing to do). Its methods and the events a browser sends it
// touch it themselves; an author who assigns the fields of an element in
// a tracked subtree from elsewhere calls Touch.
func (p *Props) Touch() { p.gen.bump() }

// Tracked reports whether the element is the root of a tracked subtree.
func (p *Props) Tracked() bool { return p.gen != nil && p.gen.root == p }

// tracked is the Generation of the subtree p roots, nil when it roots none.
func (p *Props) tracked() *Generation {
	if p.gen != nil && p.gen.root == p {
		return p.gen
	}
	return nil
}

// Track makes c's subtree tracked (see Touch): the page compares it only
// after a change that one of its elements' methods, a browser's event or
// a Touch recorded. Tracking a subtree inside another one nests: a change
// counts for both. The page tells the elements of the subtree which one
// they are in as it compares them, the first time with the whole subtree.
func Track(c Component) {
	if p := c.Properties(); !p.Tracked() {
		p.gen = &Generation{up: p.gen, root: p}
		p.gen.n.Store(1) // a page that had it untracked compares it once more
	}
}

// place tells p, reached as r, which tracked subtree holds it, as the
// page compares or sends it; the writes are rare (an element moved), so
// pages showing a Shared element agree without writing.
func (p *Props) place(r reach) {
	if g := p.tracked(); g != nil {
		if g.up != r.tracked {
			g.up = r.tracked
		}
	} else if p.gen != r.tracked {
		p.gen = r.tracked
	}
}

// skip reports whether the diff may pass over c's subtree, tracked and
// unchanged since s recorded it, reached as then (r); it remembers it, for
// the sweep and CheckTracking.
func (wp *WebPage) skip(c Component, p *Props, s *snapshot, r reach) bool {
	g := p.tracked()
	if g == nil {
		return false
	}
	n := g.n.Load()
	w := wp.walkState()
	if s.tracked == nil || s.tracked.at != n || s.tracked.from != r || w.checking {
		s.compared(n, r)
		return false
	}
	w.skipped = append(w.skipped, skipped{c, r})
	return true
}

// trackMark is when the page last compared a tracked subtree: its
// Generation then, and how the diff reached it.
type trackMark struct {
	at   uint64
	from reach
}

// compared records that the page compares s's tracked subtree at
// generation n, reached as r.
func (s *snapshot) compared(n uint64, r reach) {
	if s.tracked == nil {
		s.tracked = &trackMark{}
	}
	s.tracked.at, s.tracked.from = n, r
}

// skipped is a subtree the diff passed over, and how it was reached.
type skipped struct {
	c Component
	r reach
}

// checkSkipped compares the subtrees the diff passed over and reports a
// change in them that nothing touched.
func (wp *WebPage) checkSkipped(list *[]wire.Op) bool {
	w := wp.walk
	w.checking = true
	defer func() { w.checking = false }()
	before := len(*list)
	structural := false
	for _, sk := range w.skipped {
		structural = wp.diffTree(sk.c, list, sk.r) || structural
	}
	if missed := (*list)[before:]; len(missed) > 0 {
		refs := make([]string, len(missed))
		for i, op := range missed {
			refs[i] = op.ID
		}
		err := fmt.Errorf("justgo: elements of a tracked subtree changed without a method or Touch: %s", strings.Join(refs, ", "))
		slog.Error(err.Error(), "page", wp.id)
		if wp.debug { // where the developer looks
			wp.tellAll(err)
		}
		if w.report != nil {
			w.report(err)
		}
	}
	return structural
}

// keepSkipped marks the snapshots of the subtrees the diff passed over as
// reached by it, so that the sweep after a change of structure keeps them.
func (wp *WebPage) keepSkipped() {
	var keep func(c Component)
	keep = func(c Component) {
		if unlock := lockShared(nil, c); unlock != nil {
			defer unlock()
		}
		s := wp.sent[c.Ref()]
		if s == nil {
			return
		}
		s.gen = wp.gen
		for _, k := range shownKids(c, c.Properties()) {
			keep(k)
		}
	}
	for _, sk := range wp.walk.skipped {
		keep(sk.c)
	}
}
