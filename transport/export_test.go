package transport

import "time"

// Timing is what tests may shorten: the connection's read deadline (the
// ping period follows it), an upload's time to start and slowest rate, and
// an event POST's time to arrive.
type Timing struct {
	Pong, UploadGrace, PostRead time.Duration
	UploadMinRate               int64
}

// SetTimingForTest sets t's non-zero fields; it returns what restores
// them all.
func SetTimingForTest(t Timing) (restore func()) {
	oldPong, oldPing, oldGrace, oldRate, oldPost := pongWait, pingPeriod, uploadGrace, uploadMinRate, postReadWait
	if t.Pong > 0 {
		pongWait, pingPeriod = t.Pong, t.Pong*9/10
	}
	if t.UploadGrace > 0 {
		uploadGrace = t.UploadGrace
	}
	if t.UploadMinRate > 0 {
		uploadMinRate = t.UploadMinRate
	}
	if t.PostRead > 0 {
		postReadWait = t.PostRead
	}
	return func() {
		pongWait, pingPeriod, uploadGrace, uploadMinRate, postReadWait = oldPong, oldPing, oldGrace, oldRate, oldPost
	}
}
