package jp

import (
	"net/http/httptest"
	"testing"
)

func TestBasePath(t *testing.T) {
	cases := []struct {
		uri, path, forwarded, want string
	}{
		{"/", "/", "", "/"},
		{"/login?x=1", "/login", "", "/"},
		{"/app/login", "/login", "", "/app/"}, // http.StripPrefix("/app", app)
		{"/app/", "/", "", "/app/"},           // the prefix itself
		{"/app/a%20b", "/a b", "", "/app/"},   // escaped paths
		{"/app/x", "/x", "/ext", "/ext/app/"}, // a proxy stripped /ext
		{"/x", "/x", "/ext/", "/ext/"},        // trailing slash in the header
		{"/x", "/x", `/e"><script>`, "/"},     // nothing unsafe reaches the page
		{"/x", "/x", "//evil.example", "/"},   // nor another host
		{"/x", "/x", "https://evil.example/", "/"},
	}
	for _, c := range cases {
		r := httptest.NewRequest("GET", c.uri, nil)
		r.URL.Path = c.path
		r.URL.RawPath = ""
		if c.forwarded != "" {
			r.Header.Set("X-Forwarded-Prefix", c.forwarded)
		}
		if got := basePath(r); got != c.want {
			t.Errorf("%s (path %s, forwarded %q): %q, want %q", c.uri, c.path, c.forwarded, got, c.want)
		}
	}
}

func TestInApp(t *testing.T) {
	for in, want := range map[string]string{
		"/login_test": "/app/login_test", "login_page": "login_page", "//cdn.example/x": "//cdn.example/x",
		"https://example.com/": "https://example.com/",
	} {
		if got := inApp("/app/", in); got != want {
			t.Errorf("%s: %s, want %s", in, got, want)
		}
	}
}
