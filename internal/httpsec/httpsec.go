// Package httpsec holds the checks every request to a JustGo app passes:
// the default security headers of the response and the Host check that
// ALLOWED_HOSTS configures. Everything in it is safe for concurrent use.
package httpsec

import (
	"net"
	"net/http"
	"strings"
)

// defaultHeaders go on every response unless something set them first: a
// page may not be framed by another site (clickjacking), a response is never
// read as another type than it says, and the full URL of a page does not
// leave the site in Referer.
var defaultHeaders = [...][2]string{
	{"Content-Security-Policy", "frame-ancestors 'self'"},
	{"X-Frame-Options", "SAMEORIGIN"},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "strict-origin-when-cross-origin"},
}

// SetHeaders adds the default headers to h, keeping any already there (set
// by a middleware around the app); a handler that runs later may still
// replace them.
func SetHeaders(h http.Header) {
	for _, kv := range defaultHeaders {
		if _, ok := h[kv[0]]; !ok {
			h[kv[0]] = []string{kv[1]}
		}
	}
}

// loopback names are always allowed, so that the app can be reached on the
// machine itself (and by health checks) whatever ALLOWED_HOSTS says.
var loopback = map[string]bool{"localhost": true, "127.0.0.1": true, "::1": true}

// HostAllowed reports whether hostport, a request's Host, names one of
// allowed: lower-case host names without port, as config reads
// ALLOWED_HOSTS, where ".example.com" also allows its subdomains. An empty
// allowed list allows every host.
func HostAllowed(allowed []string, hostport string) bool {
	if len(allowed) == 0 {
		return true
	}
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if host == "" {
		return false
	}
	if loopback[host] {
		return true
	}
	for _, a := range allowed {
		a = strings.ToLower(a) // as config reads them, unless the app set them itself
		if a == host || strings.HasPrefix(a, ".") && (strings.HasSuffix(host, a) || host == a[1:]) {
			return true
		}
	}
	return false
}
