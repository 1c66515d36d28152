package jp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/justgo/justgo/internal/config"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/session"
	"github.com/justgo/justgo/static"
	"github.com/justgo/justgo/transport"
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

// App serves pages: it is an http.Handler. Its routes may be added until it
// serves its first request.
type App struct {
	cfg      Config
	log      *slog.Logger
	mux      *http.ServeMux
	sessions *session.Manager
	pages    *page.Registry
	ws       *transport.Server
}

// AppOption configures an App.
type AppOption func(*App)

// WithConfig sets the App's configuration (NewApp uses DefaultConfig).
func WithConfig(c Config) AppOption { return func(a *App) { a.cfg = c } }

// WithLogger sets the logger (slog.Default otherwise).
func WithLogger(l *slog.Logger) AppOption { return func(a *App) { a.log = l } }

// NewApp returns an App with no routes.
func NewApp(opts ...AppOption) *App {
	a := &App{cfg: config.Default(), log: slog.Default(), mux: http.NewServeMux()}
	for _, o := range opts {
		o(a)
	}
	a.sessions = session.New(session.Options{
		Enabled: a.cfg.Sessions, CookieName: a.cfg.SessionCookieName,
		MaxAge: a.cfg.CookieMaxAge, SecretKey: a.cfg.SecretKey,
	})
	a.pages = page.NewRegistry(a.cfg.PageTimeout)
	a.ws = &transport.Server{Pages: a.pages, Sessions: a.sessions, MaxMessageBytes: a.cfg.MaxMessageBytes, Log: a.log}
	a.mux.Handle(internalPrefix+"ws", a.ws)
	a.mux.HandleFunc("GET "+internalPrefix+"client.js", serveClient)
	a.mux.Handle("GET "+internalPrefix+"local/", http.StripPrefix(internalPrefix+"local/", http.FileServerFS(static.Local)))
	a.mux.Handle(internalPrefix, http.NotFoundHandler())
	a.mux.Handle(staticPrefix, staticHandler(a.cfg.StaticDirectory, a.log))
	a.mux.Handle("/favicon.ico", http.NotFoundHandler()) // browsers ask; it is not a page
	return a
}

// Config returns the App's configuration.
func (a *App) Config() Config { return a.cfg }

// Pages is the number of live pages.
func (a *App) Pages() int { return a.pages.Len() }

// Route serves the page function fn at pattern, a net/http ServeMux pattern
// such as "/login", "GET /item/{id}" or "/" (every path no other route
// claims).
func Route[F PageFunc](a *App, pattern string, fn F) {
	a.mux.Handle(pattern, a.sessions.Middleware(a.pageHandler(toPageFunc(fn))))
}

// ServeHTTP serves pages, JustGo's client and the websocket endpoint.
func (a *App) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.mux.ServeHTTP(w, r) }

// Close disconnects every browser (they retry) and drops every page.
func (a *App) Close() {
	a.ws.Close()
	a.pages.Close()
}

func (a *App) pageHandler(fn func(*Request) (*WebPage, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req := &Request{Request: r, SessionID: session.FromContext(r.Context()), QueryParams: r.URL.Query()}
		log := a.log.With("path", r.URL.Path, "session", req.SessionID)
		wp, err := callPage(fn, req)
		if err == nil && wp == nil {
			err = errors.New("the page function returned no page")
		}
		if err != nil {
			log.Error("justgo: page function failed", "err", err)
			a.errorPage(w, err)
			return
		}
		if wp.Redirect != "" {
			http.Redirect(w, r, wp.Redirect, http.StatusSeeOther)
			return
		}
		a.pages.Serve(wp, req.SessionID)
		var body bytes.Buffer
		version, _ := wp.Render(&body)
		data := static.ShellData{
			Title: wp.Title, Head: template.HTML(wp.Head), PageID: wp.ID(), Version: version,
			Base: "/", URL: wp.DisplayURL, Body: template.HTML(body.String()), ClientVersion: static.ClientVersion,
		}
		if data.Title == "" {
			data.Title = "JustGo"
		}
		if static.HasTailwind() {
			data.Stylesheet = "/_jp/local/" + static.TailwindFile
		} else {
			data.Stylesheet = "https://cdn.jsdelivr.net/npm/tailwindcss@2.2.19/dist/tailwind.min.css"
		}
		var out bytes.Buffer
		if err := static.Shell.Execute(&out, data); err != nil {
			log.Error("justgo: rendering the page shell", "err", err)
			a.errorPage(w, err)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-store")
		w.Write(out.Bytes())
	})
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

func serveClient(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/javascript; charset=utf-8")
	if r.URL.Query().Get("v") == static.ClientVersion {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	w.Write(static.Client)
}

// ListenAndServe serves the App on the configured HOST:PORT until ctx ends,
// then shuts down gracefully.
func (a *App) ListenAndServe(ctx context.Context) error {
	ln, err := net.Listen("tcp", a.cfg.Addr())
	if err != nil {
		return err
	}
	return a.Serve(ctx, ln)
}

// Serve serves the App on ln until ctx ends, then shuts down gracefully.
func (a *App) Serve(ctx context.Context, ln net.Listener) error {
	if a.cfg.SecretKey == config.DefaultSecretKey && a.cfg.Sessions {
		a.log.Warn("justgo: SECRET_KEY is the default; set your own in justpy.env before going to production")
	}
	srv := &http.Server{Handler: a, ReadHeaderTimeout: 10 * time.Second, BaseContext: func(net.Listener) context.Context { return ctx }}
	a.log.Info("justgo: serving", "url", "http://"+ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	a.Close()
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(shutdown)
}
