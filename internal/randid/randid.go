// Package randid makes the unguessable ids JustGo hands out: pages,
// connections, uploads and, in the log, requests.
package randid

import (
	"crypto/rand"
	"encoding/base64"
)

// New returns n random bytes from crypto/rand as unpadded URL-safe base64
// (4 characters for every 3 bytes), safe in a URL, a cookie or a log line.
// It never fails: crypto/rand documents a fatal error instead.
func New(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}
