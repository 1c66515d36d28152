package upload

import "sync"

// A Quota caps the bytes that uploads hold on disk at once — those arriving
// and those waiting for their submit — in all (DiskBytes) and per session
// (SessionBytes), so that many sessions cannot fill the disk and one
// session cannot hold it all. A zero cap is no cap. A server has one Quota
// for all its pages; a nil *Quota counts nothing.
type Quota struct {
	DiskBytes, SessionBytes int64

	mu        sync.Mutex
	held      int64
	bySession map[string]int64
}

// Held is how many bytes uploads hold on disk now.
func (q *Quota) Held() int64 {
	if q == nil {
		return 0
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.held
}

// full reports whether the uploads on disk have reached DiskBytes.
func (q *Quota) full() bool {
	return q != nil && q.DiskBytes > 0 && q.Held() >= q.DiskBytes
}

// take counts n more bytes for session, unless that goes past a cap.
func (q *Quota) take(session string, n int64) bool {
	if q == nil {
		return true
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.DiskBytes > 0 && q.held+n > q.DiskBytes || q.SessionBytes > 0 && q.bySession[session]+n > q.SessionBytes {
		return false
	}
	q.held += n
	if q.bySession == nil {
		q.bySession = map[string]int64{}
	}
	q.bySession[session] += n
	return true
}

// give gives back n bytes that session held.
func (q *Quota) give(session string, n int64) {
	if q == nil || n == 0 {
		return
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	q.held -= n
	if q.bySession[session] -= n; q.bySession[session] <= 0 {
		delete(q.bySession, session)
	}
}
