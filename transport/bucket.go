package transport

import "time"

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
