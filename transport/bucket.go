package transport

import (
	"sync"
	"time"
)

// bucket is a token bucket: rate tokens a second, up to twice as many
// saved. A nil bucket allows everything.
type bucket struct {
	rate, tokens float64
	last         time.Time
}

func newBucket(perSecond int) *bucket {
	if perSecond <= 0 {
		return nil
	}
	return &bucket{rate: float64(perSecond), tokens: 2 * float64(perSecond)}
}

// take spends a token, if there is one, at time now.
func (b *bucket) take(now time.Time) bool {
	if b == nil {
		return true
	}
	if !b.last.IsZero() {
		b.tokens = min(2*b.rate, b.tokens+now.Sub(b.last).Seconds()*b.rate)
	}
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// postLimits keeps a bucket per page and tab for the HTTP fallback, whose
// requests share no connection to keep one in. Buckets full again are
// forgotten when there are many.
type postLimits struct {
	mu      sync.Mutex
	buckets map[string]*bucket
}

// take spends n tokens of key's bucket at time now, if it has them.
func (l *postLimits) take(key string, perSecond, n int, now time.Time) bool {
	if perSecond <= 0 {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.buckets == nil {
		l.buckets = map[string]*bucket{}
	}
	b := l.buckets[key]
	if b == nil {
		if len(l.buckets) >= 4096 {
			l.pruneLocked(now)
		}
		b = newBucket(perSecond)
		l.buckets[key] = b
	}
	for range n {
		if !b.take(now) {
			return false
		}
	}
	return true
}

// pruneLocked forgets the buckets that have filled up again: they would
// allow what a new one allows.
func (l *postLimits) pruneLocked(now time.Time) {
	for k, b := range l.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*b.rate >= 2*b.rate {
			delete(l.buckets, k)
		}
	}
}
