package session

import (
	"context"
	"crypto/sha256"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/gorilla/securecookie"
)

// ErrBadCookie means the session cookie failed verification: it was
// tampered with, or signed with another secret key. The browser is told
// "Bad Cookie", as JustPy tells it.
var ErrBadCookie = errors.New("session: bad cookie")

// Options configure a Manager.
type Options struct {
	Enabled    bool          // false: no cookie, every session id is ""
	CookieName string        // JustPy's SESSION_COOKIE_NAME
	MaxAge     time.Duration // JustPy's COOKIE_MAX_AGE
	SecretKey  string        // signs the cookie
}

// Manager issues and verifies session cookies. It is safe for concurrent use.
type Manager struct {
	opts Options
	// strict checks the signature and the age; lenient only the signature,
	// to tell an expired cookie (a new session) from a tampered one.
	strict, lenient *securecookie.SecureCookie
}

// New returns a Manager.
func New(opts Options) *Manager {
	key := sha256.Sum256([]byte("justgo session cookie\x00" + opts.SecretKey))
	codec := func(maxAge time.Duration) *securecookie.SecureCookie {
		return securecookie.New(key[:], nil).
			MaxAge(int(maxAge / time.Second)).
			SetSerializer(securecookie.NopEncoder{})
	}
	return &Manager{opts: opts, strict: codec(opts.MaxAge), lenient: codec(0)}
}

// Verify returns the session id in r's cookie. It returns "" and no error
// when there is no cookie, or an expired one, and ErrBadCookie when the
// cookie does not verify.
//
// A browser may send several cookies of the name, as when another app on
// the same host (at another path) or on a parent domain set its own: the
// first that verifies is the session's, and when none does, the request has
// no session (Session starts a new one) rather than a bad cookie, so that
// the other app's cookie cannot lock the person out.
func (m *Manager) Verify(r *http.Request) (string, error) {
	if !m.opts.Enabled {
		return "", nil
	}
	name := m.cookieName(r)
	cookies := r.CookiesNamed(name)
	bad := false
	for _, c := range cookies {
		id, err := m.decode(name, c.Value)
		if err != nil {
			bad = true
			continue
		}
		if id != "" {
			return id, nil
		}
	}
	if bad && len(cookies) == 1 {
		return "", ErrBadCookie
	}
	return "", nil
}

// decode returns the id a cookie value holds, "" when it expired, or
// ErrBadCookie.
func (m *Manager) decode(name, value string) (string, error) {
	var raw []byte
	if err := m.strict.Decode(name, value, &raw); err != nil {
		if m.lenient.Decode(name, value, &raw) == nil {
			return "", nil // genuine but expired
		}
		return "", ErrBadCookie
	}
	id := string(raw)
	if uuid.Validate(id) != nil {
		return "", ErrBadCookie
	}
	return id, nil
}

// Session returns r's session id, issuing a new one with its cookie on w
// when r has none.
func (m *Manager) Session(w http.ResponseWriter, r *http.Request) (string, error) {
	id, err := m.Verify(r)
	if err != nil || id != "" || !m.opts.Enabled {
		return id, err
	}
	id = uuid.NewString()
	name := m.cookieName(r)
	value, err := m.strict.Encode(name, []byte(id))
	if err != nil {
		return "", err
	}
	http.SetCookie(w, &http.Cookie{
		Name:     name,
		Value:    value,
		Path:     "/",
		MaxAge:   int(m.opts.MaxAge / time.Second),
		HttpOnly: true,
		Secure:   secure(r),
		SameSite: http.SameSiteLaxMode,
	})
	return id, nil
}

// secure reports whether r came over TLS, here or at a proxy that says so.
func secure(r *http.Request) bool {
	return r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https"
}

// hostPrefix names a cookie that browsers take only when it is Secure, for
// path / and with no Domain: no other host of the domain, and no page over
// plain HTTP, can set it for this one.
const hostPrefix = "__Host-"

// cookieName is the session cookie's name for r: with hostPrefix when the
// cookie is Secure (unless SESSION_COOKIE_NAME has a prefix of its own).
func (m *Manager) cookieName(r *http.Request) string {
	name := m.opts.CookieName
	if secure(r) && !strings.HasPrefix(name, hostPrefix) && !strings.HasPrefix(name, "__Secure-") {
		return hostPrefix + name
	}
	return name
}

type ctxKey struct{}

// Middleware verifies or issues the session cookie before next runs, and
// answers 400 "Bad Cookie" (running nothing else) when it does not verify.
// next finds the id with FromContext.
func (m *Manager) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, err := m.Session(w, r)
		if err != nil {
			BadCookie(w)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, id)))
	})
}

// BadCookie writes JustPy's answer to a tampered cookie.
func BadCookie(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusBadRequest)
	w.Write([]byte("Bad Cookie"))
}

// FromContext returns the session id Middleware put in ctx.
func FromContext(ctx context.Context) string {
	id, _ := ctx.Value(ctxKey{}).(string)
	return id
}
