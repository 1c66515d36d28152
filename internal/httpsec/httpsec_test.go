package httpsec

import (
	"net/http"
	"testing"
)

func TestHostAllowed(t *testing.T) {
	allowed := []string{"example.com", ".example.org", "2001:db8::1"}
	cases := []struct {
		host string
		want bool
	}{
		{"example.com", true},
		{"EXAMPLE.com:8443", true},
		{"example.com.", true}, // the fully qualified form
		{"www.example.com", false},
		{"example.org", true},
		{"app.example.org:80", true},
		{"a.b.example.org", true},
		{"evilexample.org", false},
		{"example.org.evil.example", false},
		{"[2001:db8::1]:8000", true},
		{"evil.example", false},
		{"evil.example:8000", false},
		{"", false},
		{"localhost", true}, // loopback, whatever the list says
		{"LOCALHOST:8000", true},
		{"127.0.0.1:8000", true},
		{"[::1]:8000", true},
		{"127.0.0.2", false},
	}
	for _, c := range cases {
		if got := HostAllowed(allowed, c.host); got != c.want {
			t.Errorf("%q: %v, want %v", c.host, got, c.want)
		}
	}
	for _, host := range []string{"evil.example", "", "x:1"} {
		if !HostAllowed(nil, host) {
			t.Errorf("no list: %q refused", host)
		}
	}
	if !HostAllowed([]string{"Example.COM"}, "example.com") {
		t.Error("an app's own list in capitals")
	}
}

func TestSetHeadersKeepsThoseAlreadySet(t *testing.T) {
	h := http.Header{}
	h.Set("X-Frame-Options", "DENY")
	SetHeaders(h)
	want := map[string]string{
		"Content-Security-Policy": "frame-ancestors 'self'",
		"X-Frame-Options":         "DENY",
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "strict-origin-when-cross-origin",
	}
	for k, v := range want {
		if got := h.Values(k); len(got) != 1 || got[0] != v {
			t.Errorf("%s: %q, want %q", k, got, v)
		}
	}
}
