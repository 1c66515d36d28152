package jp

import (
	"net"
	"net/http"
	"net/url"
	"strings"
)

// Request is what a page function receives: the HTTP request, the session
// id and the query parameters. What JustPy's request (Starlette's) has,
// under the names a JustPy user looks for:
//
//	request.session_id            r.SessionID
//	request.query_params['q']     r.QueryParams.Get("q"), or all: r.QueryParams["q"]
//	request.path_params['id']     r.PathValue("id"), or all: r.PathParams()
//	request.headers['user-agent'] r.Header.Get("User-Agent") (any case)
//	request.cookies['name']       r.CookieValues()["name"], or r.Cookie("name")
//	request.client.host, .port    r.Client.Host, r.Client.Port
//	request.url                   r.FullURL() (r.URL is the path and query only)
//	request.url.path              r.URL.Path
//	request.method                r.Method
//
// Behind a proxy, Client is the proxy's address and FullURL names the host
// the proxy asked for: JustGo trusts no X-Forwarded-* header, which any
// browser can send.
type Request struct {
	*http.Request
	// SessionID is the id from the verified session cookie ("" when
	// sessions are off).
	SessionID string
	// QueryParams are the URL's query parameters.
	QueryParams url.Values
	// Rejoin is true when the page is built again for a browser that shows
	// it already: its websocket or event reached an instance of the app
	// that did not hold the page (another instance served it, or this one
	// restarted). The browser keeps its document and gets the new page's
	// state; a page function that counts visits does not count this one.
	Rejoin bool
	// Client is the address the request came from (JustPy's
	// request.client).
	Client HostPort
}

// HostPort is a network peer's host (an IP address) and port.
type HostPort struct {
	Host string
	Port string
}

// String is host:port, with an IPv6 host in brackets.
func (a HostPort) String() string { return net.JoinHostPort(a.Host, a.Port) }

func newRequest(r *http.Request, sessionID string) *Request {
	req := &Request{Request: r, SessionID: sessionID, QueryParams: r.URL.Query()}
	if host, port, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		req.Client = HostPort{Host: host, Port: port}
	} else {
		req.Client.Host = r.RemoteAddr
	}
	return req
}

// PathParams returns the values of the route pattern's wildcards, by name
// (JustPy's request.path_params): for the route "GET /item/{id}/{rest...}"
// and the path /item/7/a/b, {"id": "7", "rest": "a/b"}. It is empty for a
// route without wildcards and for the default page function, which every
// unclaimed path reaches.
func (r *Request) PathParams() map[string]string {
	params := map[string]string{}
	for _, name := range wildcards(r.Pattern) {
		params[name] = r.PathValue(name)
	}
	return params
}

// wildcards lists the names of a ServeMux pattern's wildcards: {id},
// {rest...}; {$} matches the end of the path and names nothing.
func wildcards(pattern string) []string {
	var names []string
	for {
		i := strings.IndexByte(pattern, '{')
		if i < 0 {
			return names
		}
		j := strings.IndexByte(pattern[i:], '}')
		if j < 0 {
			return names
		}
		name := strings.TrimSuffix(pattern[i+1:i+j], "...")
		if name != "$" && name != "" {
			names = append(names, name)
		}
		pattern = pattern[i+j+1:]
	}
}

// CookieValues returns the request's cookies, name to value (JustPy's
// request.cookies); of a name sent twice, the first.
func (r *Request) CookieValues() map[string]string {
	out := map[string]string{}
	for _, c := range r.Cookies() {
		if _, ok := out[c.Name]; !ok {
			out[c.Name] = c.Value
		}
	}
	return out
}

// FullURL returns the URL the browser asked for, with its scheme and host
// (JustPy's request.url): https when the request came over TLS.
func (r *Request) FullURL() *url.URL {
	u := *r.URL
	u.Scheme, u.Host = "http", r.Host
	if r.TLS != nil {
		u.Scheme = "https"
	}
	return &u
}

// PageFunc is the type of a page function: it builds the page for a
// request, optionally returning an error (the browser then gets an error
// page, and the server carries on).
type PageFunc interface {
	func(*Request) *WebPage | func(*Request) (*WebPage, error)
}

func toPageFunc[F PageFunc](fn F) func(*Request) (*WebPage, error) {
	switch f := any(fn).(type) {
	case func(*Request) *WebPage:
		return func(r *Request) (*WebPage, error) { return f(r), nil }
	case func(*Request) (*WebPage, error):
		return f
	}
	panic("unreachable: PageFunc has two forms")
}
