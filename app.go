package jp

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/justgo/justgo/internal/config"
	"github.com/justgo/justgo/internal/httpsec"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/session"
	"github.com/justgo/justgo/transport"
	"github.com/justgo/justgo/upload"
)

// Config holds JustGo's settings; LoadConfig reads them from justpy.env and
// the environment.
type Config = config.Config

// LoadConfig reads justpy.env in the working directory, with environment
// variables of the same names taking precedence.
func LoadConfig() (Config, error) { return config.Load() }

// DefaultConfig returns the settings used when nothing is configured.
func DefaultConfig() Config { return config.Default() }

// internalPrefix is where JustGo serves its own endpoints; page functions
// never see these paths.
const internalPrefix = "/_jp/"

// Timeouts of the HTTP server. There is no ReadTimeout or WriteTimeout: a
// websocket lives for hours on its connection.
const (
	readHeaderTimeout = 10 * time.Second  // for a slow client's request line and headers
	idleTimeout       = 120 * time.Second // a keep-alive connection between requests
	shutdownTimeout   = 5 * time.Second   // for requests under way when serving ends
)

// App serves pages: it is an http.Handler. Its routes may be added until it
// serves its first request.
type App struct {
	cfg      Config
	log      *slog.Logger
	mux      *http.ServeMux
	sessions *session.Manager
	pages    *page.Registry
	ws       *transport.Server
	assets   assets
	fallback http.Handler  // the default page function, or the 404 page
	idle     time.Duration // the server's IdleTimeout: idleTimeout, shorter in a test
}

// AppOption configures an App.
type AppOption func(*App)

// WithConfig sets the App's configuration (NewApp uses DefaultConfig).
func WithConfig(c Config) AppOption { return func(a *App) { a.cfg = c } }

// WithLogger sets the logger (slog.Default otherwise).
func WithLogger(l *slog.Logger) AppOption { return func(a *App) { a.log = l } }

// NewApp returns an App with no routes.
func NewApp(opts ...AppOption) *App {
	a := &App{cfg: config.Default(), log: slog.Default(), mux: http.NewServeMux(), assets: embedded,
		fallback: http.HandlerFunc(notFound), idle: idleTimeout}
	for _, o := range opts {
		o(a)
	}
	a.sessions = session.New(session.Options{
		Enabled: a.cfg.Sessions, CookieName: a.cfg.SessionCookieName,
		MaxAge: a.cfg.CookieMaxAge, SecretKey: a.cfg.SecretKey,
	})
	a.pages = page.NewRegistry(a.cfg.PageTimeout)
	a.pages.MaxPages, a.pages.MaxPagesPerSession = a.cfg.MaxPages, a.cfg.MaxPagesPerSession
	a.pages.NewPageTimeout, a.pages.MaxTabsPerPage, a.pages.Debug = a.cfg.NewPageTimeout, a.cfg.MaxTabsPerPage, a.cfg.Debug
	a.ws = &transport.Server{Pages: a.pages, Sessions: a.sessions, Debug: a.cfg.Debug, Log: a.log,
		MaxMessageBytes: a.cfg.MaxMessageBytes, MaxMessagesPerSecond: a.cfg.MaxMessagesPerSecond,
		MaxConnsPerSession: a.cfg.MaxConnectionsPerSession, MaxEventsPerPost: a.cfg.MaxEventsPerPost,
		Websockets: a.cfg.Websockets,
		Upload: upload.Limits{FileBytes: a.cfg.MaxUploadFileBytes, TotalBytes: a.cfg.MaxUploadBytes,
			Lifetime: a.cfg.UploadLifetime,
			Quota: &upload.Quota{DiskBytes: a.cfg.MaxUploadDiskBytes, SessionBytes: a.cfg.MaxUploadSessionBytes}}}
	a.mux.Handle(internalPrefix+"ws", a.ws)
	a.mux.HandleFunc("POST "+internalPrefix+"event", a.ws.ServeEvents)
	a.mux.HandleFunc("POST "+internalPrefix+"upload", a.ws.ServeUpload)
	for name, asset := range a.assets {
		a.mux.Handle("GET "+internalPrefix+name, asset)
	}
	a.mux.Handle(internalPrefix, http.NotFoundHandler())
	mount := strings.TrimSuffix(a.cfg.StaticMount, "/") + "/"
	a.mux.Handle(mount, staticHandler(a.cfg.StaticDirectory, mount, a.log))
	a.mux.Handle("/favicon.ico", http.NotFoundHandler()) // browsers ask; it is not a page
	a.mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { a.fallback.ServeHTTP(w, r) }))
	return a
}

// Config returns the App's configuration.
func (a *App) Config() Config { return a.cfg }

// Pages is the number of live pages.
func (a *App) Pages() int { return a.pages.Len() }

// Route serves the page function fn at pattern, a net/http ServeMux pattern
// such as "/login" or "GET /item/{id}" (read {id} with r.PathValue("id")).
// The pattern "/" makes fn the default: it serves every path no other route
// claims. Without one, such paths get a 404 page.
func Route[F PageFunc](a *App, pattern string, fn F) {
	h := a.sessions.Middleware(a.pageHandler(toPageFunc(fn)))
	if pattern == "/" {
		a.fallback = h
		return
	}
	a.mux.Handle(pattern, h)
}

// Handle serves an ordinary http.Handler at pattern, beside the pages.
func (a *App) Handle(pattern string, h http.Handler) { a.mux.Handle(pattern, h) }

// ServeHTTP serves pages, JustGo's client and the websocket endpoint. Every
// response gets the default security headers (see docs/deployment.md)
// unless a middleware around the App set them; a handler given to Handle
// may replace them. A request for a host ALLOWED_HOSTS does not list gets
// 400 and nothing else runs.
func (a *App) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	httpsec.SetHeaders(w.Header())
	if !httpsec.HostAllowed(a.cfg.AllowedHosts, r.Host) {
		a.log.Warn("justgo: refused a request for a host ALLOWED_HOSTS does not list", "host", r.Host, "remote", r.RemoteAddr)
		http.Error(w, "Invalid Host header", http.StatusBadRequest)
		return
	}
	a.mux.ServeHTTP(w, r)
}

// Close disconnects every browser (they retry) and drops every page.
func (a *App) Close() {
	a.ws.Close()
	a.pages.Close()
}

func (a *App) pageHandler(fn func(*Request) (*WebPage, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req := &Request{Request: r, SessionID: session.FromContext(r.Context()), QueryParams: r.URL.Query()}
		log := a.log.With("request", requestID(), "path", r.URL.Path, "session", req.SessionID)
		wp, err := callPage(fn, req)
		if err == nil && wp == nil {
			err = errors.New("the page function returned no page")
		}
		if err != nil {
			log.Error("justgo: page function failed", "err", err)
			a.errorPage(w, err)
			return
		}
		base := basePath(r)
		switch {
		case wp.Response != nil:
			wp.Response.ServeHTTP(w, r)
			return
		case wp.Redirect != "" && (wp.AllowAnyRedirect || page.SafeURL(wp.Redirect)):
			http.Redirect(w, r, inApp(base, wp.Redirect), http.StatusSeeOther)
			return
		}
		log = log.With("page", wp.ID())
		if err := a.pages.ServeFor(wp, req.SessionID, a.pageOwner(req)); err != nil {
			log.Warn("justgo: page refused", "err", err)
			w.Header().Set("Retry-After", "5")
			http.Error(w, "The server is busy; try again in a moment.", http.StatusServiceUnavailable)
			return
		}
		var body bytes.Buffer
		version, err := wp.Render(&body)
		if err != nil { // dropped before it was rendered
			http.Error(w, "The server is busy; try again in a moment.", http.StatusServiceUnavailable)
			return
		}
		if err := a.writePage(w, wp, base, body.Bytes(), version); err != nil {
			log.Error("justgo: writing the page", "err", err)
		}
	})
}

// pageOwner is whom the pages-per-session cap counts a page for: its
// session or, with sessions off (every client in the session ""), the
// client's address, so that one client cannot evict everyone's pages.
func (a *App) pageOwner(r *Request) string {
	if a.cfg.Sessions {
		return r.SessionID
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return "addr " + host
}

// requestID names one request in the log.
func requestID() string {
	var b [6]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// callPage runs a page function, turning a panic into an error.
func callPage(fn func(*Request) (*WebPage, error), r *Request) (wp *WebPage, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("page function panicked: %v\n%s", p, debug.Stack())
		}
	}()
	return fn(r)
}

func (a *App) errorPage(w http.ResponseWriter, err error) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusInternalServerError)
	if a.cfg.Debug {
		fmt.Fprintf(w, "Internal Server Error\n\n%v\n", err)
		return
	}
	fmt.Fprintln(w, "Internal Server Error")
}

// ListenAndServe serves the App on the configured HOST:PORT until ctx ends,
// then shuts down gracefully. With the default SECRET_KEY it refuses, before
// listening, a HOST that is not a loopback address (see Serve).
func (a *App) ListenAndServe(ctx context.Context) error {
	if ip := net.ParseIP(a.cfg.Host); ip != nil || a.cfg.Host == "" { // "" is every interface
		if err := a.cfg.CheckServeAddr(&net.TCPAddr{IP: ip, Port: a.cfg.Port}); err != nil {
			return err
		}
	}
	ln, err := net.Listen("tcp", a.cfg.Addr())
	if err != nil {
		return err
	}
	return a.Serve(ctx, ln)
}

// Serve serves the App on ln until ctx ends, then shuts down gracefully.
// With sessions on and the default SECRET_KEY, anyone could sign a cookie
// for any session: Serve then serves only on a loopback address (with a
// warning) and refuses any other, closing ln.
func (a *App) Serve(ctx context.Context, ln net.Listener) error {
	if err := a.cfg.CheckServeAddr(ln.Addr()); err != nil {
		ln.Close()
		return err
	}
	if a.cfg.SecretKey == config.DefaultSecretKey && a.cfg.Sessions {
		a.log.Warn("justgo: SECRET_KEY is the default, which serves on a loopback address only; set your own in justpy.env or the environment")
	}
	var fresh freshConns
	srv := &http.Server{Handler: a, ReadHeaderTimeout: readHeaderTimeout, IdleTimeout: a.idle,
		BaseContext: func(net.Listener) context.Context { return ctx }, ConnState: fresh.track}
	scheme := "http"
	if a.cfg.SSLCertFile != "" {
		cert, err := tls.LoadX509KeyPair(a.cfg.SSLCertFile, a.cfg.SSLKeyFile)
		if err != nil {
			ln.Close()
			return fmt.Errorf("SSL_CERTFILE and SSL_KEYFILE: %w", err)
		}
		ln = tls.NewListener(ln, &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12, NextProtos: []string{"http/1.1"}})
		scheme = "https"
	}
	a.log.Info("justgo: serving", "url", scheme+"://"+ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	a.Close()
	shutdown, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	fresh.closeAll() // Shutdown would wait 5 s for them
	return srv.Shutdown(shutdown)
}

// freshConns are the connections that have not sent a byte yet, such as
// those a browser opens ahead of need: at shutdown they carry no request
// and can go at once.
type freshConns struct {
	mu sync.Mutex
	m  map[net.Conn]bool
}

func (f *freshConns) track(c net.Conn, state http.ConnState) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if state != http.StateNew {
		delete(f.m, c)
		return
	}
	if f.m == nil {
		f.m = map[net.Conn]bool{}
	}
	f.m[c] = true
}

func (f *freshConns) closeAll() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for c := range f.m {
		c.Close()
	}
}
