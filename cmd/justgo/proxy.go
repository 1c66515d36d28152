package main

import (
	"context"
	"html/template"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/gorilla/websocket"
	"github.com/justgo/justgo/internal/wire"
)

const (
	// holdTimeout is how long a request waits for a program to listen
	// while one is built or started: a build and a start end by
	// themselves, but a first build, which compiles everything, can take a
	// minute.
	holdTimeout = 2 * time.Minute
	// pollTimeout is how long the error page's wait request is held
	// before an empty answer; the page then asks again.
	pollTimeout = 25 * time.Second
	// waitPath is where the error page asks for a newer build.
	waitPath = "/_justgo/dev/wait"
)

// status is what the proxy serves: the program, or what went wrong.
type status struct {
	build   int          // the number of the last build
	failure string       // what went wrong, as a heading; "" if nothing did
	output  string       // the compiler's output, or the end of the program's
	backend http.Handler // the running program; nil while none listens
}

// ready reports whether a request can be answered now, by the program or
// with the failure.
func (s status) ready() bool { return s.backend != nil || s.failure != "" }

// proxy serves the program that runs now, holding requests while there is
// none and showing the failure when there is one. It is safe for
// concurrent use.
type proxy struct {
	mu      sync.Mutex
	st      status
	changed chan struct{} // closed and replaced at every change of st
}

func newProxy() *proxy { return &proxy{changed: make(chan struct{})} }

// set changes what the proxy serves, waking the requests that wait.
func (p *proxy) set(st status) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.st = st
	close(p.changed)
	p.changed = make(chan struct{})
}

func (p *proxy) get() (status, <-chan struct{}) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.st, p.changed
}

// await waits up to d, or until ctx ends, for a status that ok accepts,
// and returns the last status seen and whether ok accepted it.
func (p *proxy) await(ctx context.Context, d time.Duration, ok func(status) bool) (status, bool) {
	timeout := time.NewTimer(d)
	defer timeout.Stop()
	for {
		st, changed := p.get()
		if ok(st) {
			return st, true
		}
		select {
		case <-changed:
		case <-timeout.C:
			return st, false
		case <-ctx.Done():
			return st, false
		}
	}
}

func (p *proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == waitPath {
		p.serveWait(w, r)
		return
	}
	st, ok := p.await(r.Context(), holdTimeout, status.ready)
	switch {
	case !ok:
		http.Error(w, "justgo dev: the program is not running yet", http.StatusServiceUnavailable)
	case st.failure == "":
		st.backend.ServeHTTP(w, r)
	case websocket.IsWebSocketUpgrade(r):
		closeForReload(w, r, st.failure)
	default:
		serveFailure(w, r, st)
	}
}

// serveWait answers 200 once a build newer than the query's build number
// has succeeded, or 204 after pollTimeout.
func (p *proxy) serveWait(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("build"))
	if err != nil {
		http.Error(w, "build: a number, please", http.StatusBadRequest)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	st, ok := p.await(r.Context(), pollTimeout, func(st status) bool { return st.build > n && st.failure == "" })
	if !ok {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	w.Write([]byte("build " + strconv.Itoa(st.build) + " succeeded\n"))
}

// closeForReload accepts a browser's websocket and closes it at once with
// the code that makes JustGo's client reload its page: into the failure
// page.
func closeForReload(w http.ResponseWriter, r *http.Request, reason string) {
	var up websocket.Upgrader
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer ws.Close()
	ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(wire.CloseUnknownPage, reason),
		time.Now().Add(time.Second))
	// Wait for the browser's close, so that it reads the code rather than
	// a dropped connection.
	ws.SetReadDeadline(time.Now().Add(time.Second))
	for {
		if _, _, err := ws.NextReader(); err != nil {
			return
		}
	}
}

// serveFailure writes the failure page: 200 for a page load, 404 for a
// form or an event posted (the client's HTTP fallback reloads on 404).
func serveFailure(w http.ResponseWriter, r *http.Request, st status) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.WriteHeader(http.StatusNotFound)
	}
	failurePage.Execute(w, struct{ Failure, Output, Wait string }{
		st.failure, st.output, waitPath + "?build=" + strconv.Itoa(st.build)})
}

// failurePage shows the failure and reloads when a newer build succeeds.
var failurePage = template.Must(template.New("failure").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{.Failure}}</title>
<style>
body { font: 16px system-ui, sans-serif; margin: 2rem; color: #222; }
pre { background: #fff0f0; border-left: 4px solid #c00; padding: 1rem; white-space: pre-wrap; font-size: 14px; }
</style>
</head>
<body>
<h1>{{.Failure}}</h1>
<pre id="justgo-build-error">{{.Output}}</pre>
<p>This page reloads when the next build succeeds.</p>
<script>
(function wait() {
  fetch({{.Wait}}, { cache: "no-store" }).then(function (r) {
    if (r.status === 200) location.reload(); else setTimeout(wait, r.status === 204 ? 0 : 1000);
  }, function () { setTimeout(wait, 1000); });
})();
</script>
</body>
</html>
`))

// newBackend forwards requests and websockets to the program at addr.
func newBackend(addr string) http.Handler {
	target := &url.URL{Scheme: "http", Host: addr}
	return &httputil.ReverseProxy{
		Rewrite: func(r *httputil.ProxyRequest) {
			r.SetURL(target)
			r.SetXForwarded()
			r.Out.Host = r.In.Host // the program checks a websocket's Origin against its Host
			// Without its rejoin token a page the new program does not know
			// reloads (4004) rather than being rebuilt in the old document:
			// a new build brings a new document, its head and its client.
			if q := r.Out.URL.Query(); q.Has(wire.QueryRejoin) {
				q.Del(wire.QueryRejoin)
				r.Out.URL.RawQuery = q.Encode()
			}
		},
		FlushInterval: -1, // the HTTP fallback streams its answers
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			http.Error(w, "justgo dev: "+err.Error(), http.StatusBadGateway)
		},
	}
}
