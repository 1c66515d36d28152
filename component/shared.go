package component

import (
	"sync"

	"github.com/justgo/justgo/page"
)

// Shared is an element that several pages show at once, such as a message
// board that every visitor's page includes (JustPy's add_page). Change it
// only inside Do: every page that shows it then sends the change to its
// browsers.
//
// A Shared element is safe for concurrent use through Do. Do not put one
// Shared element inside another, and keep inputs out of it: what a person
// types is written under one page's lock, not the element's. To share what
// people type, share the whole page (see examples/pushing_data/joint_edit).
type Shared struct {
	*Element

	mu sync.Mutex // held by Do and by pages reading the subtree

	pagesMu sync.Mutex
	pages   map[*page.WebPage]bool
	live    int // pages alive at the last pruning
}

var _ page.Shared = (*Shared)(nil)

// NewShared makes el shareable between pages.
func NewShared(el *Element) *Shared { return &Shared{Element: el} }

// Lock and Unlock guard the element's subtree; pages call them.
func (s *Shared) Lock()   { s.mu.Lock() }
func (s *Shared) Unlock() { s.mu.Unlock() }

// ShownBy records that wp shows the element; pages call it.
func (s *Shared) ShownBy(wp *page.WebPage) {
	s.pagesMu.Lock()
	defer s.pagesMu.Unlock()
	if s.pages == nil {
		s.pages = map[*page.WebPage]bool{}
	}
	s.pages[wp] = true
	if len(s.pages) > 2*s.live+64 { // expired pages pile up between changes
		s.pruneLocked()
	}
}

// Do runs fn, which changes the element or its children, holding the
// element's lock; then every page that shows it sends the change, each
// through its mailbox (many changes before a page gets to it cost it one
// flush). It may be called from any goroutine, handlers included.
func (s *Shared) Do(fn func()) {
	s.mu.Lock()
	fn()
	s.mu.Unlock()
	for _, wp := range s.showing() {
		wp.Update() // never blocks: each page sends the change from its own goroutine
	}
}

// showing returns the live pages that show the element, forgetting expired
// ones.
func (s *Shared) showing() []*page.WebPage {
	s.pagesMu.Lock()
	defer s.pagesMu.Unlock()
	return s.pruneLocked()
}

func (s *Shared) pruneLocked() []*page.WebPage {
	var live []*page.WebPage
	for wp := range s.pages {
		if wp.Expired() {
			delete(s.pages, wp)
			continue
		}
		live = append(live, wp)
	}
	s.live = len(live)
	return live
}
