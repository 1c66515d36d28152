package transport

import (
	"testing"
	"time"
)

func TestBucket(t *testing.T) {
	b := newBucket(10)
	start := time.Unix(1000, 0)
	for i := range 20 {
		if !b.take(start) {
			t.Fatalf("burst refused at %d", i)
		}
	}
	if b.take(start) {
		t.Fatal("21st message in the same instant allowed")
	}
	if !b.take(start.Add(100*time.Millisecond)) || b.take(start.Add(100*time.Millisecond)) {
		t.Error("a tenth of a second should earn exactly one")
	}
	if !b.take(start.Add(time.Hour)) {
		t.Error("refused after an hour")
	}
	var unlimited *bucket
	if !unlimited.take(start) {
		t.Error("no cap refused")
	}
}
