package upload

import (
	"sync"
	"time"
)

// Waiting holds the files of one page that wait for the submit naming
// them, oldest first. Files no submit claims go after their lifetime, when
// more than two submits' worth wait (the browser went away between the
// upload and its submit), and when the page goes (Close). The zero value is
// ready to use.
type Waiting struct {
	mu     sync.Mutex
	list   []Received
	closed bool
	timer  *time.Timer
}

// Add keeps files for their submit; it reports false, keeping nothing,
// once the list is closed.
func (w *Waiting) Add(files []Received, limits Limits) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return false
	}
	w.list = append(w.list, files...)
	if limits.Lifetime > 0 && w.timer == nil && len(w.list) > 0 {
		w.timer = time.AfterFunc(limits.Lifetime, func() { w.expire(limits.Lifetime) })
	}
	var waiting int64
	for i := len(w.list) - 1; i >= 0; i-- {
		waiting += w.list[i].File.Size
		if waiting > 2*limits.TotalBytes {
			w.releaseLocked(i + 1)
			break
		}
	}
	return true
}

// Take returns the file under ref and forgets it, or nil.
func (w *Waiting) Take(ref string) *File {
	w.mu.Lock()
	defer w.mu.Unlock()
	for i, u := range w.list {
		if u.Ref == ref {
			w.list = append(w.list[:i:i], w.list[i+1:]...)
			return u.File
		}
	}
	return nil
}

// Close removes the files no submit claimed and takes no more: the page is
// gone.
func (w *Waiting) Close() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.releaseLocked(len(w.list))
	w.list, w.closed = nil, true
	if w.timer != nil {
		w.timer.Stop()
		w.timer = nil
	}
}

// Reopen takes files again, for a page served again after it went.
func (w *Waiting) Reopen() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.closed = false
}

// releaseLocked removes the first n files; the caller holds w.mu.
func (w *Waiting) releaseLocked(n int) {
	Discard(w.list[:n])
	w.list = w.list[n:]
}

// expire removes the files that waited longer than lifetime, and looks
// again when the next would.
func (w *Waiting) expire(lifetime time.Duration) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.timer = nil
	i := 0
	for i < len(w.list) && time.Since(w.list[i].At) >= lifetime {
		i++
	}
	w.releaseLocked(i)
	if len(w.list) > 0 && !w.closed {
		w.timer = time.AfterFunc(lifetime-time.Since(w.list[0].At), func() { w.expire(lifetime) })
	}
}
