// Package config reads JustGo's settings: the justpy.env file in the working
// directory, in the format JustPy documents (KEY = value, values optionally
// quoted), with environment variables overriding the file.
//
// Load is safe to call from several goroutines; a Config is a plain value.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/justgo/justgo/internal/wire"
)

// DefaultSecretKey is JustPy's well-known default. Anyone can sign a cookie
// with it, so JustGo serves with it only on a loopback address (with a
// warning), so that examples start with no set-up.
const DefaultSecretKey = "$$$my_secret_string$$$"

// FileName is the configuration file looked for in the working directory.
const FileName = "justpy.env"

// Config holds every setting JustGo reads.
type Config struct {
	Host              string
	Port              int
	Sessions          bool
	SessionCookieName string
	CookieMaxAge      time.Duration
	SecretKey         string
	Debug             bool
	// PageTimeout is how long a page that no browser shows is kept: one that
	// never connected, or whose last connection closed.
	PageTimeout time.Duration
	// MaxMessageBytes caps one websocket message from a browser.
	MaxMessageBytes int64
	// MaxUploadFileBytes caps one uploaded file, MaxUploadBytes every file
	// of one form submit, MaxUploadDiskBytes the uploads on disk at once
	// (arriving, or waiting for their handler), of every page.
	MaxUploadFileBytes, MaxUploadBytes, MaxUploadDiskBytes int64
	// MaxUploadSessionBytes caps the uploads on disk of one session.
	MaxUploadSessionBytes int64
	// UploadLifetime is how long an upload no handler claimed is kept.
	UploadLifetime time.Duration
	// Caps that keep one browser or session from taking the server: past
	// them the connection is closed with a reason (or, for pages, the
	// session's oldest page is dropped). 0 means no cap.
	MaxMessagesPerSecond     int
	MaxPagesPerSession       int
	MaxConnectionsPerSession int
	// MaxPages caps the live pages of every session together (0: no cap).
	MaxPages int
	// MaxTabsPerPage caps the browsers showing one page at once (0: no cap).
	MaxTabsPerPage int
	// MaxEventsPerPost caps the events of one HTTP-fallback POST (0: no
	// cap).
	MaxEventsPerPost int
	// NewPageTimeout is how long a page that no browser ever connected to
	// is kept; PageTimeout applies once one did.
	NewPageTimeout time.Duration
	// AllowedHosts are the host names requests may name in their Host
	// header, lower case, without port; one with a leading dot also allows
	// its subdomains. Empty allows any host. localhost, 127.0.0.1 and ::1
	// are always allowed.
	AllowedHosts []string
	// StaticDirectory is the folder served at /static/ ("" serves nothing).
	// It defaults to "static", never the working directory itself, which
	// holds justpy.env.
	StaticDirectory string
	// StaticMount is the path StaticDirectory is served at.
	StaticMount string
	// NoInternet serves Tailwind from the binary's own copy (`make assets`)
	// instead of linking its CDN, as JustPy's NO_INTERNET does.
	NoInternet bool
	// SSLKeyFile and SSLCertFile, both set, serve HTTPS (and wss).
	SSLKeyFile, SSLCertFile string
	// Websockets carries events over a websocket; false sends them by HTTP
	// POST, for networks that block websockets (JustPy's WEBSOCKETS).
	Websockets bool
	// RedisURL, when set (redis://host:port/db), keeps the App's storage
	// in Redis, shared by every instance; memory otherwise.
	RedisURL string
	// RedisPrefix starts every key the App keeps in Redis.
	RedisPrefix string
	// RedisConnectTimeout is how long start-up tries to reach Redis before
	// it gives up.
	RedisConnectTimeout time.Duration
	// StoreTimeout bounds each storage operation.
	StoreTimeout time.Duration
	// InstanceURL is where the other instances of the app reach this one
	// (http://10.0.0.5:8000): a request for a page this instance holds that
	// the balancer sent elsewhere is forwarded here, so that the page keeps
	// its state and uploads reach it. "" rebuilds the page where it lands.
	InstanceURL string
}

// Default returns the settings used when nothing is configured.
func Default() Config {
	return Config{
		Host:                     "127.0.0.1",
		Port:                     8000,
		Sessions:                 true,
		SessionCookieName:        "jp_token",
		CookieMaxAge:             7 * 24 * time.Hour,
		SecretKey:                DefaultSecretKey,
		PageTimeout:              60 * time.Second,
		MaxMessageBytes:          1 << 20,
		MaxUploadFileBytes:       10 << 20,
		MaxUploadBytes:           50 << 20,
		MaxUploadDiskBytes:       1 << 30,
		MaxUploadSessionBytes:    200 << 20,
		UploadLifetime:           300 * time.Second,
		MaxMessagesPerSecond:     200,
		MaxPagesPerSession:       100,
		MaxConnectionsPerSession: 50,
		MaxPages:                 10000,
		MaxTabsPerPage:           64,
		MaxEventsPerPost:         100,
		NewPageTimeout:           10 * time.Second,
		StaticDirectory:          "static",
		StaticMount:              "/static",
		NoInternet:               true,
		Websockets:               true,
		RedisPrefix:              "justgo:",
		RedisConnectTimeout:      30 * time.Second,
		StoreTimeout:             2 * time.Second,
	}
}

// Addr is HOST:PORT, with an IPv6 HOST in brackets.
func (c Config) Addr() string { return net.JoinHostPort(c.Host, strconv.Itoa(c.Port)) }

// Load reads FileName from the working directory if it exists, then applies
// environment variables of the same names on top.
func Load() (Config, error) {
	vals := map[string]string{}
	f, err := os.Open(FileName)
	switch {
	case err == nil:
		vals, err = ParseEnv(f)
		f.Close()
		if err != nil {
			return Config{}, fmt.Errorf("config: reading %s: %w", FileName, err)
		}
	case !errors.Is(err, fs.ErrNotExist):
		return Config{}, fmt.Errorf("config: reading %s: %w", FileName, err)
	}
	return FromMap(vals, os.LookupEnv)
}

// FromMap builds a Config from file values, with lookup (usually
// os.LookupEnv) taking precedence. An unparsable value is an error naming
// its key.
func FromMap(file map[string]string, lookup func(string) (string, bool)) (Config, error) {
	c := Default()
	get := func(key string) (string, bool) {
		if lookup != nil {
			if v, ok := lookup(key); ok {
				return strings.TrimSpace(v), true
			}
		}
		v, ok := file[key]
		return strings.TrimSpace(v), ok
	}
	var errs []error
	str := func(key string, dst *string) {
		if v, ok := get(key); ok {
			*dst = v
		}
	}
	boolean := func(key string, dst *bool) {
		if v, ok := get(key); ok {
			b, err := ParseBool(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("config: %s: %w", key, err))
				return
			}
			*dst = b
		}
	}
	// integer reads a whole number of at least min: 0 for the caps where
	// 0 means no cap, 1 for sizes and times, where 0 would mean nothing.
	integer := func(key string, min int64, dst func(int64)) {
		if v, ok := get(key); ok {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil || n < min {
				errs = append(errs, fmt.Errorf("config: %s: %q is not a whole number of at least %d", key, v, min))
				return
			}
			dst(n)
		}
	}
	seconds := func(key string, dst *time.Duration) {
		integer(key, 1, func(n int64) { *dst = time.Duration(n) * time.Second })
	}
	count := func(key string, dst *int) { integer(key, 0, func(n int64) { *dst = int(n) }) }
	size := func(key string, min int64, dst *int64) { integer(key, min, func(n int64) { *dst = n }) }
	str("HOST", &c.Host)
	integer("PORT", 0, func(n int64) { c.Port = int(n) })
	boolean("SESSIONS", &c.Sessions)
	str("SESSION_COOKIE_NAME", &c.SessionCookieName)
	seconds("COOKIE_MAX_AGE", &c.CookieMaxAge)
	str("SECRET_KEY", &c.SecretKey)
	boolean("DEBUG", &c.Debug)
	seconds("PAGE_TIMEOUT", &c.PageTimeout)
	seconds("NEW_PAGE_TIMEOUT", &c.NewPageTimeout)
	seconds("UPLOAD_LIFETIME", &c.UploadLifetime)
	size("MAX_MESSAGE_BYTES", 1024, &c.MaxMessageBytes)
	size("MAX_UPLOAD_FILE_BYTES", 1, &c.MaxUploadFileBytes)
	size("MAX_UPLOAD_BYTES", 1, &c.MaxUploadBytes)
	size("MAX_UPLOAD_DISK_BYTES", 1, &c.MaxUploadDiskBytes)
	size("MAX_UPLOAD_SESSION_BYTES", 1, &c.MaxUploadSessionBytes)
	count("MAX_MESSAGES_PER_SECOND", &c.MaxMessagesPerSecond)
	count("MAX_PAGES_PER_SESSION", &c.MaxPagesPerSession)
	count("MAX_CONNECTIONS_PER_SESSION", &c.MaxConnectionsPerSession)
	count("MAX_PAGES", &c.MaxPages)
	count("MAX_TABS_PER_PAGE", &c.MaxTabsPerPage)
	count("MAX_EVENTS_PER_POST", &c.MaxEventsPerPost)
	if v, ok := get("ALLOWED_HOSTS"); ok {
		hosts, err := parseHosts(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("config: ALLOWED_HOSTS: %w", err))
		}
		c.AllowedHosts = hosts
	}
	str("STATIC_DIRECTORY", &c.StaticDirectory)
	str("STATIC_MOUNT", &c.StaticMount)
	boolean("NO_INTERNET", &c.NoInternet)
	boolean("WEBSOCKETS", &c.Websockets)
	str("REDIS_URL", &c.RedisURL)
	str("REDIS_PREFIX", &c.RedisPrefix)
	seconds("REDIS_CONNECT_TIMEOUT", &c.RedisConnectTimeout)
	seconds("STORE_TIMEOUT", &c.StoreTimeout)
	str("INSTANCE_URL", &c.InstanceURL)
	if u, err := url.Parse(c.InstanceURL); c.InstanceURL != "" && (err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" && u.Path != "/") {
		errs = append(errs, fmt.Errorf("config: INSTANCE_URL %q is not http(s)://host:port", c.InstanceURL))
	}
	str("SSL_KEYFILE", &c.SSLKeyFile)
	str("SSL_CERTFILE", &c.SSLCertFile)
	if (c.SSLKeyFile == "") != (c.SSLCertFile == "") {
		errs = append(errs, errors.New("config: SSL_KEYFILE and SSL_CERTFILE go together"))
	}
	if c.Port > 65535 {
		errs = append(errs, fmt.Errorf("config: PORT: %d is not a port number", c.Port))
	}
	if err := checkMount(c.StaticMount); err != nil {
		errs = append(errs, fmt.Errorf("config: STATIC_MOUNT: %w", err))
	}
	if c.SessionCookieName == "" {
		errs = append(errs, errors.New("config: SESSION_COOKIE_NAME: must not be empty"))
	}
	if c.SecretKey == "" {
		errs = append(errs, errors.New("config: SECRET_KEY: must not be empty"))
	}
	return c, errors.Join(errs...)
}

// checkMount refuses a STATIC_MOUNT that is not a clean path, or that would
// take the paths of pages ("/") or of JustGo's own endpoints (/_jp/).
func checkMount(m string) error {
	p := strings.TrimSuffix(m, "/")
	switch {
	case p == "":
		return fmt.Errorf("%q would take every page's path; use a path such as /static", m)
	case p[0] != '/' || strings.ContainsAny(p, " \t{}?#") || path.Clean(p) != p:
		return fmt.Errorf("%q is not a path such as /static", m)
	case p+"/" == wire.Prefix || strings.HasPrefix(p, wire.Prefix):
		return fmt.Errorf("%q is under %s, where JustGo serves its own files", m, wire.Prefix)
	}
	return nil
}

// parseHosts reads ALLOWED_HOSTS: host names separated by commas.
func parseHosts(v string) ([]string, error) {
	var hosts []string
	for _, h := range strings.Split(v, ",") {
		h = strings.ToLower(strings.TrimSpace(h))
		if h == "" {
			continue
		}
		h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]") // [::1]
		if !validHost(h) {
			return nil, fmt.Errorf("%q is not a host name such as example.com or .example.com (no scheme, port or path; leave ALLOWED_HOSTS empty to allow any host)", h)
		}
		hosts = append(hosts, strings.TrimSuffix(h, "."))
	}
	return hosts, nil
}

func validHost(h string) bool {
	if strings.Contains(h, ":") {
		return net.ParseIP(h) != nil // IPv6
	}
	name := strings.TrimPrefix(h, ".")
	if name == "" || strings.HasPrefix(name, ".") || strings.Contains(name, "..") {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.' || r == '_') {
			return false
		}
	}
	return true
}

// ParseBool accepts the spellings JustPy users write: True/False, true/false, 1/0.
func ParseBool(s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "1", "yes", "on":
		return true, nil
	case "false", "0", "no", "off":
		return false, nil
	}
	return false, fmt.Errorf("%q is not a boolean (True or False)", s)
}

// CheckServeAddr says why c must not serve on addr, if it must not: it
// signs session cookies with JustPy's default SECRET_KEY, with which anyone
// can sign one, and addr is not a loopback address.
func (c Config) CheckServeAddr(addr net.Addr) error {
	if c.SecretKey != DefaultSecretKey || !c.Sessions || isLoopback(addr) {
		return nil
	}
	return fmt.Errorf("SECRET_KEY is JustPy's default, with which anyone can sign a cookie for any session: "+
		"JustGo serves with it on a loopback address (127.0.0.1) only, not on %s. "+
		"Set SECRET_KEY to a long random string (openssl rand -hex 32) in justpy.env or in the environment", addr)
}

// isLoopback reports whether addr is reached from this machine only:
// 127.0.0.0/8 or ::1. Every interface (0.0.0.0, ::) is not, nor is a
// Unix socket, which a proxy may open to the world.
func isLoopback(addr net.Addr) bool {
	if tcp, ok := addr.(*net.TCPAddr); ok {
		return tcp.IP.IsLoopback()
	}
	host, _, err := net.SplitHostPort(addr.String())
	ip := net.ParseIP(host)
	return err == nil && ip != nil && ip.IsLoopback()
}
