package transport

import "time"

// SetTimingForTest shortens the connection's read deadline (and ping
// period) and an upload's pace; it returns what restores them.
func SetTimingForTest(pong, grace time.Duration, minRate int64) (restore func()) {
	oldPong, oldPing, oldGrace, oldRate := pongWait, pingPeriod, uploadGrace, uploadMinRate
	pongWait, pingPeriod, uploadGrace, uploadMinRate = pong, pong*9/10, grace, minRate
	return func() { pongWait, pingPeriod, uploadGrace, uploadMinRate = oldPong, oldPing, oldGrace, oldRate }
}
