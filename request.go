package jp

import (
	"net/http"
	"net/url"
)

// Request is what a page function receives: the HTTP request (its URL,
// headers and PathValue for route wildcards), the session id and the query
// parameters.
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
