package session

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
)

func manager(key string, maxAge time.Duration) *Manager {
	return New(Options{Enabled: true, CookieName: "jp_token", MaxAge: maxAge, SecretKey: key})
}

// issue runs a request without a cookie and returns the cookie set.
func issue(t *testing.T, m *Manager) (*http.Cookie, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	id, err := m.Session(rec, httptest.NewRequest("GET", "/", nil))
	if err != nil {
		t.Fatal(err)
	}
	cs := rec.Result().Cookies()
	if len(cs) != 1 {
		t.Fatalf("cookies: %v", cs)
	}
	return cs[0], id
}

func requestWith(c *http.Cookie) *http.Request {
	r := httptest.NewRequest("GET", "/", nil)
	r.AddCookie(c)
	return r
}

func TestIssueAndVerify(t *testing.T) {
	m := manager("k", 7*24*time.Hour)
	c, id := issue(t, m)
	if v, err := uuid.Parse(id); err != nil || v.Version() != 4 {
		t.Errorf("id %q is not a uuid4", id)
	}
	if c.Name != "jp_token" || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != "/" || c.MaxAge != 604800 || c.Secure {
		t.Errorf("cookie %+v", c)
	}
	if strings.Contains(c.Value, id) {
		t.Error("the cookie shows the id in clear")
	}
	got, err := m.Verify(requestWith(c))
	if err != nil || got != id {
		t.Errorf("verify: %q %v, want %q", got, err, id)
	}
	// A request with the cookie keeps its session and gets no new cookie.
	rec := httptest.NewRecorder()
	if again, _ := m.Session(rec, requestWith(c)); again != id || len(rec.Result().Cookies()) != 0 {
		t.Errorf("second request: %q, cookies %v", again, rec.Result().Cookies())
	}
}

func TestTamperedCookie(t *testing.T) {
	m := manager("k", time.Hour)
	c, _ := issue(t, m)
	for name, value := range map[string]string{
		"flipped": c.Value[:len(c.Value)-2] + "AA",
		"garbage": "not a cookie",
		"empty":   "",
	} {
		if _, err := m.Verify(requestWith(&http.Cookie{Name: c.Name, Value: value})); !errors.Is(err, ErrBadCookie) {
			t.Errorf("%s: got %v", name, err)
		}
	}
	// Signed with another key: JustPy's tip about changing SECRET_KEY.
	if _, err := manager("other", time.Hour).Verify(requestWith(c)); !errors.Is(err, ErrBadCookie) {
		t.Errorf("other key: %v", err)
	}
}

func TestExpiredCookieStartsANewSession(t *testing.T) {
	t.Parallel()
	m := manager("k", time.Second)
	c, id := issue(t, m)
	time.Sleep(2100 * time.Millisecond) // the signed timestamp has one-second steps
	got, err := m.Verify(requestWith(c))
	if err != nil || got != "" {
		t.Fatalf("expired cookie: %q %v; want a new session, not Bad Cookie", got, err)
	}
	rec := httptest.NewRecorder()
	if fresh, err := m.Session(rec, requestWith(c)); err != nil || fresh == id || fresh == "" {
		t.Errorf("got %q %v", fresh, err)
	}
}

func TestMiddleware(t *testing.T) {
	m := manager("k", time.Hour)
	var seen string
	h := m.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { seen = FromContext(r.Context()) }))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if seen == "" {
		t.Fatal("no session id in the context")
	}
	seen = ""
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, requestWith(&http.Cookie{Name: "jp_token", Value: "forged"}))
	if rec.Code != 400 || rec.Body.String() != "Bad Cookie" || seen != "" {
		t.Errorf("tampered: %d %q, handler ran: %v", rec.Code, rec.Body, seen != "")
	}
}

func TestSecureOverTLS(t *testing.T) {
	m := manager("k", time.Hour)
	r := httptest.NewRequest("GET", "https://example.test/", nil)
	rec := httptest.NewRecorder()
	m.Session(rec, r)
	if cs := rec.Result().Cookies(); len(cs) != 1 || !cs[0].Secure {
		t.Errorf("cookie over TLS: %+v", cs)
	}
	r = httptest.NewRequest("GET", "http://internal:8000/", nil)
	r.Header.Set("X-Forwarded-Proto", "https") // TLS ended at a proxy
	rec = httptest.NewRecorder()
	m.Session(rec, r)
	if cs := rec.Result().Cookies(); len(cs) != 1 || !cs[0].Secure {
		t.Errorf("cookie behind a TLS proxy: %+v", cs)
	}
}

func TestDisabled(t *testing.T) {
	m := New(Options{Enabled: false, CookieName: "jp_token", SecretKey: "k"})
	rec := httptest.NewRecorder()
	id, err := m.Session(rec, requestWith(&http.Cookie{Name: "jp_token", Value: "anything"}))
	if id != "" || err != nil || len(rec.Result().Cookies()) != 0 {
		t.Errorf("sessions off: %q %v %v", id, err, rec.Result().Cookies())
	}
	if FromContext(context.Background()) != "" {
		t.Error("empty context has a session")
	}
}
