package rejoin

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash"
	"net/url"
	"strings"
	"sync"
	"time"
)

// ErrBadToken means a token did not verify: tampered with, signed with
// another key, too old, or for another session.
var ErrBadToken = errors.New("rejoin: bad token")

// Token is what a page's token says.
type Token struct {
	URL     string // the request URI within the app ("/item/7?tab=2")
	Session string // the session the page belongs to
	Owner   string // the instance holding the page (its INSTANCE_URL), if known
}

// Codec signs and verifies tokens. It is safe for concurrent use.
//
// A token is, in unpadded URL-safe base64, the time it was made (Unix
// seconds, 8 bytes big-endian), the URL, the session and the owner (each
// a uvarint length and its bytes), and then the HMAC-SHA256 of all that
// under a key derived from the secret for this use alone. Every page load
// signs one, so the keyed hashes are kept and reset rather than keyed anew.
type Codec struct {
	maxAge time.Duration
	macs   sync.Pool // of hash.Hash, keyed
}

// The sizes of a token's parts.
const (
	stampSize = 8
	macSize   = sha256.Size
)

// maxSkew is how far in the future a token's time may be: instances'
// clocks differ a little.
const maxSkew = time.Minute

// NewCodec returns a Codec signing with secretKey; a token verifies for
// maxAge after it was made (0: with no limit, as a session cookie without
// one).
func NewCodec(secretKey string, maxAge time.Duration) *Codec {
	key := sha256.Sum256([]byte("justgo rejoin token\x00" + secretKey))
	c := &Codec{maxAge: maxAge}
	c.macs.New = func() any { return hmac.New(sha256.New, key[:]) }
	return c
}

// Sign returns t as a token.
func (c *Codec) Sign(t Token) (string, error) {
	n := stampSize + 3*binary.MaxVarintLen64 + len(t.URL) + len(t.Session) + len(t.Owner) + macSize
	b := make([]byte, 0, n)
	b = binary.BigEndian.AppendUint64(b, uint64(time.Now().Unix()))
	for _, f := range [...]string{t.URL, t.Session, t.Owner} {
		b = binary.AppendUvarint(b, uint64(len(f)))
		b = append(b, f...)
	}
	b = c.sum(b, b)
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// sum appends the MAC of payload to b.
func (c *Codec) sum(b, payload []byte) []byte {
	mac := c.macs.Get().(hash.Hash)
	mac.Reset()
	mac.Write(payload)
	b = mac.Sum(b)
	c.macs.Put(mac)
	return b
}

// Open returns what token says if it verifies and belongs to session.
func (c *Codec) Open(token, session string) (Token, error) {
	raw, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil || len(raw) < stampSize+3+macSize {
		return Token{}, ErrBadToken
	}
	payload, mac := raw[:len(raw)-macSize], raw[len(raw)-macSize:]
	var want [macSize]byte
	if !hmac.Equal(mac, c.sum(want[:0], payload)) {
		return Token{}, ErrBadToken
	}
	made := time.Unix(int64(binary.BigEndian.Uint64(payload)), 0)
	if age := time.Since(made); c.maxAge > 0 && age > c.maxAge || age < -maxSkew {
		return Token{}, ErrBadToken
	}
	var fields [3]string
	rest := payload[stampSize:]
	for i := range fields {
		n, size := binary.Uvarint(rest)
		if size <= 0 || n > uint64(len(rest)-size) {
			return Token{}, ErrBadToken
		}
		fields[i], rest = string(rest[size:size+int(n)]), rest[size+int(n):]
	}
	t := Token{URL: fields[0], Session: fields[1], Owner: fields[2]}
	if len(rest) != 0 || t.Session != session || !withinApp(t.URL) {
		return Token{}, ErrBadToken
	}
	return t, nil
}

// withinApp accepts a request URI within the app: a path from its root.
func withinApp(uri string) bool {
	if !strings.HasPrefix(uri, "/") || strings.HasPrefix(uri, "//") || strings.HasPrefix(uri, "/\\") {
		return false
	}
	_, err := url.ParseRequestURI(uri)
	return err == nil
}
