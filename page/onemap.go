package page

// oneOrMap is a map that holds its first entry without one: a page is
// nearly always shown by one connection from one tab, and a map, however
// small, takes some 300 bytes. Reading a nil *oneOrMap finds nothing.
type oneOrMap[K comparable, V any] struct {
	key  K
	val  V
	used bool // key and val hold an entry
	more map[K]V
}

func (o *oneOrMap[K, V]) get(k K) (V, bool) {
	switch {
	case o == nil:
	case o.used && o.key == k:
		return o.val, true
	default:
		v, ok := o.more[k]
		return v, ok
	}
	var zero V
	return zero, false
}

// put sets k's value.
func (o *oneOrMap[K, V]) put(k K, v V) {
	switch _, inMore := o.more[k]; {
	case o.used && o.key == k, !o.used && !inMore:
		o.key, o.val, o.used = k, v, true
	default:
		if o.more == nil {
			o.more = map[K]V{}
		}
		o.more[k] = v
	}
}

func (o *oneOrMap[K, V]) delete(k K) {
	if o.used && o.key == k {
		var zero oneOrMap[K, V]
		o.key, o.val, o.used = zero.key, zero.val, false // keep nothing alive
		return
	}
	delete(o.more, k)
	if len(o.more) == 0 {
		o.more = nil
	}
}

func (o *oneOrMap[K, V]) len() int {
	if o == nil {
		return 0
	}
	n := len(o.more)
	if o.used {
		n++
	}
	return n
}

// all ranges over the entries; the loop may delete the one it is at.
func (o *oneOrMap[K, V]) all(yield func(K, V) bool) {
	if o == nil {
		return
	}
	if o.used && !yield(o.key, o.val) {
		return
	}
	for k, v := range o.more {
		if !yield(k, v) {
			return
		}
	}
}
