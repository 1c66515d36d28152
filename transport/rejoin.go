package transport

import (
	"bytes"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"time"

	"github.com/justgo/justgo/internal/rejoin"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/store"
)

// A Rebuilder builds a page again, on this instance, for a browser that
// shows it while another instance held it (or held it before a restart).
type Rebuilder interface {
	// Rebuild runs the page function of t.URL for the browser of request r
	// and registers the page; it returns the page and its new token.
	Rebuild(r *http.Request, t rejoin.Token) (wp *page.WebPage, token string, err error)
}

// ForwardedHeader marks a request one instance forwarded to the instance
// holding its page, which then never forwards it again.
const ForwardedHeader = "X-Justgo-Forwarded"

// forwardDial bounds reaching the instance that holds a page: a dead one
// costs a browser at most this before its page is rebuilt here.
const forwardDial = 2 * time.Second

var forwardTransport = &http.Transport{
	DialContext:         (&net.Dialer{Timeout: forwardDial}).DialContext,
	MaxIdleConnsPerHost: 64,
	IdleConnTimeout:     90 * time.Second,
}

// taken reports whether the page of request r is one this instance does
// not hold and another can take over: then it has answered r, by forwarding
// it to the instance that holds the page or by rebuilding the page here
// (rebuilt is then called with it; an upload is never rebuilt for, and
// rebuilt is called with an error). A browser without a token, or with one
// that does not verify, goes on to the usual refusal.
func (s *Server) taken(w http.ResponseWriter, r *http.Request, sid string, log *slog.Logger, rebuilt func(w http.ResponseWriter, r *http.Request, wp *page.WebPage, moved []byte, err error)) bool {
	q := r.URL.Query()
	if s.Tokens == nil || q.Get(wire.QueryRejoin) == "" {
		return false
	}
	if _, err := s.Pages.Lookup(q.Get(wire.QueryPage), sid); !errors.Is(err, page.ErrUnknownPage) {
		return false
	}
	t, err := s.Tokens.Open(q.Get(wire.QueryRejoin), sid)
	if err != nil {
		log.Warn("justgo: rejoin refused", "err", err)
		return false
	}
	rebuild := func(w http.ResponseWriter, r *http.Request) {
		if s.Rebuild == nil || isUpload(r) {
			rebuilt(w, r, nil, nil, page.ErrUnknownPage)
			return
		}
		start := time.Now()
		wp, token, err := s.Rebuild.Rebuild(r, t)
		if err != nil {
			log.Warn("justgo: rejoin failed", "url", t.URL, "err", err)
			rebuilt(w, r, nil, nil, err)
			return
		}
		log.Info("justgo: page rebuilt", "url", t.URL, "page", wp.ID(), "ms", time.Since(start).Milliseconds())
		rebuilt(w, r, wp, wire.NewMoved(wp.ID(), token), nil)
	}
	// Only an instance that names itself forwards: its instances share a
	// real SECRET_KEY, so the owner in a token is one of them.
	if t.Owner == "" || s.Instance == "" || t.Owner == s.Instance || r.Header.Get(ForwardedHeader) != "" {
		rebuild(w, r)
		return true
	}
	s.forward(w, r, t.Owner, log, rebuild)
	return true
}

// rebuildFailed answers a POST whose page could not be rebuilt: 503 when
// what failed may well work in a moment (the store is away), which the
// browser retries; 404 otherwise, on which it reloads.
func rebuildFailed(w http.ResponseWriter, err error) {
	if errors.Is(err, store.ErrUnavailable) {
		w.Header().Set("Retry-After", "2")
		http.Error(w, "the page cannot be rebuilt now: the store is unavailable", http.StatusServiceUnavailable)
		return
	}
	http.Error(w, "the page cannot be rebuilt", http.StatusNotFound)
}

// forward passes r on to the instance at owner, which holds its page; when
// it cannot be reached, fallback answers r here. A POST's body is read
// first (events are small), so that the fallback can read it too; an
// upload's streams through and has no fallback.
func (s *Server) forward(w http.ResponseWriter, r *http.Request, owner string, log *slog.Logger, fallback http.HandlerFunc) {
	target, err := url.Parse(owner)
	if err != nil {
		fallback(w, r)
		return
	}
	var body []byte
	buffered := r.Method == http.MethodPost && !isUpload(r)
	if buffered {
		body, err = io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxMessage()))
		if err != nil {
			http.Error(w, "message too large", http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
	}
	proxy := &httputil.ReverseProxy{
		Transport: forwardTransport,
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.SetURL(target)
			// The path as the browser sent it, with the prefix an App
			// mounted under a router had stripped: the owner is mounted alike.
			if u, err := url.ParseRequestURI(pr.In.RequestURI); err == nil && pr.In.RequestURI != "" {
				pr.Out.URL.Path, pr.Out.URL.RawPath = u.Path, u.RawPath
			}
			pr.Out.Host = pr.In.Host // the owner checks Origin and ALLOWED_HOSTS against the browser's host
			pr.Out.Header.Set(ForwardedHeader, s.Instance)
			pr.SetXForwarded()
		},
		ErrorHandler: func(w http.ResponseWriter, out *http.Request, err error) {
			if isUpload(r) { // its body streamed to the owner: nothing is left to fall back on
				log.Warn("justgo: the instance holding the page is unreachable", "instance", owner, "err", err)
				http.Error(w, "the server holding this page is unreachable", http.StatusBadGateway)
				return
			}
			log.Info("justgo: the instance holding the page is unreachable: rebuilding it here", "instance", owner, "err", err)
			if buffered {
				r.Body = io.NopCloser(bytes.NewReader(body))
			}
			fallback(w, r)
		},
	}
	proxy.ServeHTTP(w, r)
}

// isUpload reports whether r is a form's files: their body streams
// through to the owner, too large to keep for a fallback.
func isUpload(r *http.Request) bool { return strings.HasSuffix(r.URL.Path, wire.PathUpload) }
