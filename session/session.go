package session

import (
	"context"
	"crypto/sha256"
	"errors"
	"net/http"
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

// Enabled reports whether sessions are on.
func (m *Manager) Enabled() bool { return m.opts.Enabled }

// Verify returns the session id in r's cookie. It returns "" and no error
// when there is no cookie, or an expired one, and ErrBadCookie when the
// cookie does not verify.
func (m *Manager) Verify(r *http.Request) (string, error) {
	if !m.opts.Enabled {
		return "", nil
	}
	c, err := r.Cookie(m.opts.CookieName)
	if err != nil {
		return "", nil // no cookie
	}
	var raw []byte
	if err := m.strict.Decode(m.opts.CookieName, c.Value, &raw); err != nil {
		if m.lenient.Decode(m.opts.CookieName, c.Value, &raw) == nil {
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
	value, err := m.strict.Encode(m.opts.CookieName, []byte(id))
	if err != nil {
		return "", err
	}
	http.SetCookie(w, &http.Cookie{
		Name:     m.opts.CookieName,
		Value:    value,
		Path:     "/",
		MaxAge:   int(m.opts.MaxAge / time.Second),
		HttpOnly: true,
		Secure:   r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https", // TLS here or at the proxy
		SameSite: http.SameSiteLaxMode,
	})
	return id, nil
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
