package jp

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/justgo/justgo/internal/config"
	"github.com/justgo/justgo/internal/httpsec"
	"github.com/justgo/justgo/internal/rejoin"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/session"
	"github.com/justgo/justgo/static"
	"github.com/justgo/justgo/storage"
	"github.com/justgo/justgo/store"
	"github.com/justgo/justgo/transport"
	"github.com/justgo/justgo/upload"
)

// Config holds JustGo's settings; LoadConfig reads them from justpy.env and
// the environment.
//
// Fields of config.Config:
//
//   - Host string
//   - Port int
//   - Sessions bool
//   - SessionCookieName string
//   - CookieMaxAge time.Duration
//   - SecretKey string
//   - Debug bool
//   - PageTimeout time.Duration: PageTimeout is how long a page that no browser shows is kept: one that never connected, or whose last connection closed.
//   - MaxMessageBytes int64: MaxMessageBytes caps one websocket message from a browser.
//   - MaxUploadFileBytes, MaxUploadBytes, MaxUploadDiskBytes int64: MaxUploadFileBytes caps one uploaded file, MaxUploadBytes every file of one form submit, MaxUploadDiskBytes the uploads on disk at once (arriving, or waiting for their handler), of every page.
//   - MaxUploadSessionBytes int64: MaxUploadSessionBytes caps the uploads on disk of one session.
//   - UploadLifetime time.Duration: UploadLifetime is how long an upload no handler claimed is kept.
//   - MaxMessagesPerSecond int: Caps that keep one browser or session from taking the server: past them the connection is closed with a reason (or, for pages, the session's oldest page is dropped).
//   - MaxPagesPerSession int
//   - MaxConnectionsPerSession int
//   - MaxPages int: MaxPages caps the live pages of every session together (0: no cap).
//   - MaxTabsPerPage int: MaxTabsPerPage caps the browsers showing one page at once (0: no cap).
//   - MaxEventsPerPost int: MaxEventsPerPost caps the events of one HTTP-fallback POST (0: no cap).
//   - NewPageTimeout time.Duration: NewPageTimeout is how long a page that no browser ever connected to is kept; PageTimeout applies once one did.
//   - AllowedHosts []string: AllowedHosts are the host names requests may name in their Host header, lower case, without port; one with a leading dot also allows its subdomains.
//   - StaticDirectory string: StaticDirectory is the folder served at /static/ ("" serves nothing).
//   - StaticMount string: StaticMount is the path StaticDirectory is served at.
//   - NoInternet bool: NoInternet serves Tailwind from the binary's own copy (`make assets`) instead of linking its CDN, as JustPy's NO_INTERNET does.
//   - SSLKeyFile, SSLCertFile string: SSLKeyFile and SSLCertFile, both set, serve HTTPS (and wss).
//   - Websockets bool: Websockets carries events over a websocket; false sends them by HTTP POST, for networks that block websockets (JustPy's WEBSOCKETS).
//   - RedisURL string: RedisURL, when set (redis://host:port/db), keeps the App's storage in Redis, shared by every instance; memory otherwise.
//   - RedisPrefix string: RedisPrefix starts every key the App keeps in Redis.
//   - RedisConnectTimeout time.Duration: RedisConnectTimeout is how long start-up tries to reach Redis before it gives up.
//   - StoreTimeout time.Duration: StoreTimeout bounds each storage operation.
//   - InstanceURL string: InstanceURL is where the other instances of the app reach this one (http://10.0.0.5:8000): a request for a page this instance holds that the balancer sent elsewhere is forwarded here, so that the page keeps its state and uploads reach it.
//
// Methods of config.Config:
//
//   - Addr() string: Addr is HOST:PORT, with an IPv6 HOST in brackets.
//   - CheckServeAddr(addr net.Addr) error: CheckServeAddr says why c must not serve on addr, if it must not: it signs session cookies with JustPy's default SECRET_KEY, with which anyone can sign one, and addr is not a loopback address.
//
// Full documentation: go doc github.com/justgo/justgo/internal/config Config, or Config.Addr for one method.
type Config = config.Config

// LoadConfig reads justpy.env in the working directory, with environment
// variables of the same names taking precedence.
func LoadConfig() (Config, error) { return config.Load() }

// DefaultConfig returns the settings used when nothing is configured.
func DefaultConfig() Config { return config.Default() }

// App serves pages: it is an http.Handler. Its routes may be added until it
// serves its first request.
type App struct {
	cfg      Config
	log      *slog.Logger
	mux      *http.ServeMux
	sessions *session.Manager
	pages    *page.Registry
	ws       *transport.Server
	fallback http.Handler  // the default page function, or the 404 page
	idle     time.Duration // the server's IdleTimeout: idleTimeout, shorter in a test
	folders  []fs.FS       // WithAssets
	assets   *static.Assets
	missing  missingAssets
	libs     map[string][]wire.Asset // WithLibrary, by tag or prefix
	storage  *storage.Storage
	store    store.Store // WithStore's, or what Serve connects to with REDIS_URL
	opened   bool        // Serve opened store: Close closes it
	tokens   *rejoin.Codec
}

// WithStore keeps the App's storage in st instead of memory or REDIS_URL's
// Redis: a store.Redis of the caller's, or one store.Memory shared by two
// Apps in a test, as two instances share a Redis.
func WithStore(st store.Store) AppOption { return func(a *App) { a.store = st } }

// Storage is the App's typed values, per session and app-wide (package
// storage): in memory, or with REDIS_URL in Redis, shared by every
// instance.
func (a *App) Storage() *storage.Storage { return a.storage }

// connectStore opens REDIS_URL's Redis for the storage, trying for
// REDIS_CONNECT_TIMEOUT; it never falls back to memory, which would split
// the instances.
func (a *App) connectStore() error {
	if a.cfg.RedisURL == "" || a.store != nil {
		return nil
	}
	if a.cfg.SecretKey == config.DefaultSecretKey && a.cfg.Sessions {
		return errors.New("REDIS_URL is set but SECRET_KEY is the default: every instance must share a key of its own (set SECRET_KEY)")
	}
	r, err := store.OpenRedis(store.RedisOptions{URL: a.cfg.RedisURL, Prefix: a.cfg.RedisPrefix,
		Timeout: a.cfg.StoreTimeout, ConnectTimeout: a.cfg.RedisConnectTimeout})
	if err != nil {
		return fmt.Errorf("REDIS_URL: %w", err)
	}
	a.store, a.opened = r, true
	a.storage.Use(r)
	return nil
}

// AppOption configures an App.
type AppOption func(*App)

// WithConfig sets the App's configuration (NewApp uses DefaultConfig).
func WithConfig(c Config) AppOption { return func(a *App) { a.cfg = c } }

// WithLogger sets the logger (slog.Default otherwise).
func WithLogger(l *slog.Logger) AppOption { return func(a *App) { a.log = l } }

// NewApp returns an App with no routes.
func NewApp(opts ...AppOption) *App {
	a := &App{cfg: config.Default(), log: slog.Default(), mux: http.NewServeMux(),
		fallback: http.HandlerFunc(static.NotFound), idle: idleTimeout}
	for _, o := range opts {
		o(a)
	}
	a.sessions = session.New(session.Options{
		Enabled: a.cfg.Sessions, CookieName: a.cfg.SessionCookieName,
		MaxAge: a.cfg.CookieMaxAge, SecretKey: a.cfg.SecretKey,
	})
	switch {
	case a.store != nil:
		a.storage = storage.New(a.store, a.cfg.CookieMaxAge, a.cfg.StoreTimeout)
	case a.cfg.RedisURL != "":
		a.storage = storage.New(nil, a.cfg.CookieMaxAge, a.cfg.StoreTimeout) // Serve connects
	default:
		a.storage = storage.New(&store.Memory{}, a.cfg.CookieMaxAge, a.cfg.StoreTimeout)
	}
	a.pages = page.NewRegistry(a.cfg.PageTimeout)
	a.pages.MaxPages, a.pages.MaxPagesPerSession = a.cfg.MaxPages, a.cfg.MaxPagesPerSession
	a.pages.NewPageTimeout, a.pages.MaxTabsPerPage, a.pages.Debug = a.cfg.NewPageTimeout, a.cfg.MaxTabsPerPage, a.cfg.Debug
	a.ws = &transport.Server{Pages: a.pages, Sessions: a.sessions, Debug: a.cfg.Debug, Log: a.log,
		MaxMessageBytes: a.cfg.MaxMessageBytes, MaxMessagesPerSecond: a.cfg.MaxMessagesPerSecond,
		MaxConnsPerSession: a.cfg.MaxConnectionsPerSession, MaxEventsPerPost: a.cfg.MaxEventsPerPost,
		Websockets: a.cfg.Websockets,
		Upload: upload.Limits{FileBytes: a.cfg.MaxUploadFileBytes, TotalBytes: a.cfg.MaxUploadBytes,
			Lifetime: a.cfg.UploadLifetime,
			Quota:    &upload.Quota{DiskBytes: a.cfg.MaxUploadDiskBytes, SessionBytes: a.cfg.MaxUploadSessionBytes}}}
	a.tokens = rejoin.NewCodec(a.cfg.SecretKey, a.cfg.CookieMaxAge)
	a.ws.Tokens, a.ws.Instance, a.ws.Rebuild = a.tokens, a.cfg.InstanceURL, a
	a.mux.Handle(wire.PathWS, a.ws)
	a.mux.HandleFunc("POST "+wire.PathEvent, a.ws.ServeEvents)
	a.mux.HandleFunc("POST "+wire.PathUpload, a.ws.ServeUpload)
	a.assets = static.NewAssets(append(a.folders, static.Local)...)
	for _, name := range []string{static.ClientFile, static.IconsFile, static.EChartFile, static.AgGridFile, static.EquationFile} {
		a.mux.Handle("GET "+wire.Prefix+name, a.assets)
	}
	a.mux.Handle("GET "+wire.Prefix+static.LibPrefix, a.assets)
	a.mux.Handle(wire.Prefix, http.NotFoundHandler()) // never a page
	mount := strings.TrimSuffix(a.cfg.StaticMount, "/") + "/"
	a.mux.Handle(mount, static.Folder(a.cfg.StaticDirectory, mount, a.log))
	a.mux.Handle("/favicon.ico", http.NotFoundHandler()) // browsers ask; it is not a page
	a.mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { a.fallback.ServeHTTP(w, r) }))
	return a
}

// Config returns the App's configuration.
func (a *App) Config() Config { return a.cfg }

// Pages is the number of live pages.
func (a *App) Pages() int { return a.pages.Len() }

// CheckTracking makes the App's pages compare their tracked subtrees
// (Tracked) after every change anyway, and call report with the elements
// that changed without a method or Touch; the change is sent all the
// same. jptest calls it, failing the test; DEBUG logs such changes and
// shows them in the page. Call it before the App serves.
func (a *App) CheckTracking(report func(error)) { a.pages.CheckTracking = report }

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
	if a.opened {
		a.storage.Close()
	}
}
