package component

import "github.com/justgo/justgo/page"

// Rows keeps the children of Parent one per item of a slice, by key, as
// LiveView's streams and React's keys do: Set builds a row with Build for a
// key it has not seen, calls Update on every row to show its item, reuses
// the row of every key it has seen, and drops the rows of keys that went.
// A row whose item did not change changes nothing, so after Set the page
// sends only the rows that changed (and, when rows came, went or moved,
// the new order of Parent's children, by reference).
//
// Parent holds nothing but the rows. Use Rows on the page's goroutine (in a
// handler, a Do function or a topic's subscriber), as any other change.
type Rows[T any, K comparable] struct {
	Parent *Element
	Key    func(T) K
	Build  func(T) *Element
	// Update shows item in its row; nil when Build's row never changes.
	Update func(row *Element, item T)

	rows map[K]*Element
}

// Set shows items, in their order.
func (r *Rows[T, K]) Set(items []T) {
	if r.rows == nil {
		r.rows = map[K]*Element{}
	}
	kids := make([]page.Component, 0, len(items))
	seen := make(map[K]bool, len(items))
	for _, it := range items {
		k := r.Key(it)
		if seen[k] {
			continue // one row a key: the first item wins
		}
		seen[k] = true
		row := r.rows[k]
		if row == nil {
			row = r.Build(it)
			r.rows[k] = row
		}
		if r.Update != nil {
			r.Update(row, it)
		}
		kids = append(kids, row)
	}
	for k := range r.rows {
		if !seen[k] {
			delete(r.rows, k)
		}
	}
	r.Parent.kids = kids
}

// Row returns the row of key k, or nil.
func (r *Rows[T, K]) Row(k K) *Element { return r.rows[k] }
