package rejoin

import (
	"crypto/sha256"
	"errors"
	"net/url"
	"strings"
	"time"

	"github.com/gorilla/securecookie"
)

// ErrBadToken means a token did not verify: tampered with, signed with
// another key, too old, or for another session.
var ErrBadToken = errors.New("rejoin: bad token")

// Token is what a page's token says.
type Token struct {
	URL     string `json:"u"`           // the request URI within the app ("/item/7?tab=2")
	Session string `json:"s"`           // the session the page belongs to
	Owner   string `json:"o,omitempty"` // the instance holding the page (its INSTANCE_URL), if known
}

// Codec signs and verifies tokens. It is safe for concurrent use.
type Codec struct{ sc *securecookie.SecureCookie }

// name binds a token to its use: a signed session cookie is not a token.
const name = "justgo-rejoin"

// NewCodec returns a Codec signing with secretKey; a token verifies for
// maxAge after it was made.
func NewCodec(secretKey string, maxAge time.Duration) *Codec {
	key := sha256.Sum256([]byte("justgo rejoin token\x00" + secretKey))
	sc := securecookie.New(key[:], nil).MaxAge(int(maxAge / time.Second)).SetSerializer(securecookie.JSONEncoder{})
	return &Codec{sc: sc}
}

// Sign returns t as a token.
func (c *Codec) Sign(t Token) (string, error) { return c.sc.Encode(name, t) }

// Open returns what token says if it verifies and belongs to session.
func (c *Codec) Open(token, session string) (Token, error) {
	var t Token
	if token == "" || c.sc.Decode(name, token, &t) != nil || t.Session != session || !withinApp(t.URL) {
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
