package jp

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/justgo/justgo/internal/rejoin"
	"github.com/justgo/justgo/page"
)

// A page carries a rejoin token: when its browser reaches an instance that
// does not hold it (a balancer without stickiness, a restarted or killed
// instance), that instance forwards the request to the holder or runs the
// page function again for the token's URL, and the browser carries on with
// the new page, without a reload. See docs/deployment.md.

// rebuildKey marks the request of a rebuild; its value is where the page
// handler leaves the page instead of writing its document.
type rebuildKey struct{}

type rebuildSlot struct {
	wp  *WebPage
	err error // why there is no page
}

// rejoinToken is the token of a page served for request URI uri in
// session sid, naming this instance as its holder.
func (a *App) rejoinToken(uri, sid string) string {
	tok, err := a.tokens.Sign(rejoin.Token{URL: uri, Session: sid, Owner: a.cfg.InstanceURL})
	if err != nil { // a string the codec always encodes
		a.log.Error("justgo: signing a rejoin token", "err", err)
	}
	return tok
}

// Rebuild runs the page function of t.URL for the browser whose request
// (a websocket or an event POST) is r, the way a GET of the URL would run
// it (routes, middleware, the session), with Request.Rejoin set, and
// registers the page. It is the App's transport.Rebuilder.
func (a *App) Rebuild(r *http.Request, t rejoin.Token) (*page.WebPage, string, error) {
	u, err := url.ParseRequestURI(t.URL)
	if err != nil {
		return nil, "", err
	}
	slot := &rebuildSlot{}
	req := r.Clone(context.WithValue(r.Context(), rebuildKey{}, slot))
	req.Method, req.Body, req.ContentLength, req.GetBody = http.MethodGet, http.NoBody, 0, nil
	req.URL = u
	req.RequestURI = mountPrefix(r) + t.URL // keeps the base path the App is mounted at
	for _, h := range []string{"Upgrade", "Connection", "Content-Type", "Content-Length",
		"Sec-Websocket-Key", "Sec-Websocket-Version", "Sec-Websocket-Extensions", "Sec-Websocket-Protocol"} {
		req.Header.Del(h)
	}
	rec := &discardWriter{header: http.Header{}}
	a.mux.ServeHTTP(rec, req)
	switch {
	case slot.err != nil:
		return nil, "", slot.err
	case slot.wp == nil:
		return nil, "", fmt.Errorf("%s answers %d, not a page", t.URL, rec.status)
	}
	return slot.wp, a.rejoinToken(t.URL, t.Session), nil
}

// mountPrefix is the path before r's path within the app, as a
// StripPrefix in front of the App removed it.
func mountPrefix(r *http.Request) string {
	uri, _, _ := strings.Cut(r.RequestURI, "?")
	if esc := r.URL.EscapedPath(); strings.HasSuffix(uri, esc) {
		return uri[:len(uri)-len(esc)]
	}
	return ""
}

// discardWriter takes what a route answers a rebuild with when it is not
// a page: a 404, a plain handler's response.
type discardWriter struct {
	header http.Header
	status int
}

func (d *discardWriter) Header() http.Header { return d.header }
func (d *discardWriter) Write(b []byte) (int, error) {
	if d.status == 0 {
		d.status = http.StatusOK
	}
	return len(b), nil
}
func (d *discardWriter) WriteHeader(code int) {
	if d.status == 0 {
		d.status = code
	}
}

// rebuilding returns the slot of a rebuild's request, or nil.
func rebuilding(r *http.Request) *rebuildSlot {
	s, _ := r.Context().Value(rebuildKey{}).(*rebuildSlot)
	return s
}

// errNoPage says a page function answered a rebuild with a redirect or a
// plain response: the browser reloads and gets it.
var errNoPage = errors.New("the page function gives no page for its URL now")
