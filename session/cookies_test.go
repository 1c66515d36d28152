package session

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// withCookies is a request whose Cookie header is exactly header.
func withCookies(target, header string) *http.Request {
	r := httptest.NewRequest("GET", target, nil)
	r.Header.Set("Cookie", header)
	return r
}

// Another app on the host (at another path, or on the parent domain) may
// set a jp_token of its own: the browser sends both, and the person must
// not be locked out with "Bad Cookie".
func TestAnotherAppsCookieDoesNotLockOut(t *testing.T) {
	m := manager("k", time.Hour)
	c, id := issue(t, m)
	other, _ := issue(t, manager("another app's key", time.Hour))
	for _, header := range []string{
		"jp_token=" + other.Value + "; jp_token=" + c.Value,
		"jp_token=" + c.Value + "; jp_token=" + other.Value,
		"jp_token=garbage; jp_token=" + c.Value,
	} {
		got, err := m.Verify(withCookies("/", header))
		if err != nil || got != id {
			t.Errorf("%s: %q %v, want %q", header, got, err, id)
		}
	}
}

func TestSeveralBadCookiesStartANewSession(t *testing.T) {
	m := manager("k", time.Hour)
	other, _ := issue(t, manager("another app's key", time.Hour))
	r := withCookies("/", "jp_token=garbage; jp_token="+other.Value)
	if got, err := m.Verify(r); err != nil || got != "" {
		t.Fatalf("Verify: %q %v", got, err)
	}
	var seen string
	h := m.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { seen = FromContext(r.Context()) }))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	if rec.Code != 200 || seen == "" || len(rec.Result().Cookies()) != 1 {
		t.Errorf("%d, session %q, cookies %v", rec.Code, seen, rec.Result().Cookies())
	}
	// One tampered cookie alone is still JustPy's "Bad Cookie".
	if _, err := m.Verify(withCookies("/", "jp_token=garbage")); !errors.Is(err, ErrBadCookie) {
		t.Errorf("one tampered cookie: %v", err)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, withCookies("/", "jp_token=garbage"))
	if rec.Code != 400 || rec.Body.String() != "Bad Cookie" {
		t.Errorf("one tampered cookie: %d %q", rec.Code, rec.Body)
	}
}

// A Secure cookie is named __Host-jp_token: no other host of the domain can
// set it, and one set over plain HTTP (jp_token) is not read over HTTPS.
func TestHostPrefixWhenSecure(t *testing.T) {
	m := manager("k", time.Hour)
	for _, r := range []*http.Request{httptest.NewRequest("GET", "https://example.test/", nil), forwarded()} {
		rec := httptest.NewRecorder()
		id, err := m.Session(rec, r)
		cs := rec.Result().Cookies()
		if err != nil || len(cs) != 1 {
			t.Fatalf("%v %v", err, cs)
		}
		c := cs[0]
		if c.Name != "__Host-jp_token" || !c.Secure || c.Path != "/" || c.Domain != "" || !c.HttpOnly {
			t.Errorf("cookie %+v", c)
		}
		again := httptest.NewRequest("GET", "https://example.test/", nil)
		again.AddCookie(c)
		if got, err := m.Verify(again); err != nil || got != id {
			t.Errorf("verify over TLS: %q %v, want %q", got, err, id)
		}
	}
	// jp_token on an HTTPS request is not the session's cookie: a sibling
	// subdomain could have set it to fix the session.
	plain, id := issue(t, m)
	r := httptest.NewRequest("GET", "https://example.test/", nil)
	r.AddCookie(plain)
	if got, err := m.Verify(r); err != nil || got != "" {
		t.Errorf("jp_token over TLS: %q %v (plain-HTTP session %q)", got, err, id)
	}
	// Over plain HTTP the name stays SESSION_COOKIE_NAME.
	if plain.Name != "jp_token" || plain.Secure {
		t.Errorf("plain HTTP: %+v", plain)
	}
}

func forwarded() *http.Request {
	r := httptest.NewRequest("GET", "http://internal:8000/", nil)
	r.Header.Set("X-Forwarded-Proto", "https")
	return r
}
