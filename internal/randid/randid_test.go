package randid

import (
	"encoding/base64"
	"testing"
)

func TestNew(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		id := New(18)
		b, err := base64.RawURLEncoding.DecodeString(id)
		if err != nil || len(b) != 18 || len(id) != 24 || seen[id] {
			t.Fatalf("%q: %v, %d bytes, seen %v", id, err, len(b), seen[id])
		}
		seen[id] = true
	}
}
