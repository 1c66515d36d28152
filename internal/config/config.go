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
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/joho/godotenv"
)

// DefaultSecretKey is JustPy's well-known default. Running with it is allowed,
// so that examples start with no set-up, but it is logged as a warning.
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
	// Caps that keep one browser or session from taking the server: past
	// them the connection is closed with a reason (or, for pages, the
	// session's oldest page is dropped).
	MaxMessagesPerSecond     int
	MaxPagesPerSession       int
	MaxConnectionsPerSession int
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
		MaxMessagesPerSecond:     200,
		MaxPagesPerSession:       100,
		MaxConnectionsPerSession: 50,
		StaticDirectory:          "static",
		StaticMount:              "/static",
		NoInternet:               true,
		Websockets:               true,
	}
}

// Addr is HOST:PORT.
func (c Config) Addr() string { return fmt.Sprintf("%s:%d", c.Host, c.Port) }

// Load reads FileName from the working directory if it exists, then applies
// environment variables of the same names on top.
func Load() (Config, error) {
	vals, err := godotenv.Read(FileName)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return Config{}, fmt.Errorf("config: reading %s: %w", FileName, err)
	}
	if vals == nil {
		vals = map[string]string{}
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
	str("HOST", &c.Host)
	integer("PORT", 0, func(n int64) { c.Port = int(n) })
	boolean("SESSIONS", &c.Sessions)
	str("SESSION_COOKIE_NAME", &c.SessionCookieName)
	integer("COOKIE_MAX_AGE", 1, func(n int64) { c.CookieMaxAge = time.Duration(n) * time.Second })
	str("SECRET_KEY", &c.SecretKey)
	boolean("DEBUG", &c.Debug)
	integer("PAGE_TIMEOUT", 1, func(n int64) { c.PageTimeout = time.Duration(n) * time.Second })
	integer("MAX_MESSAGE_BYTES", 1024, func(n int64) { c.MaxMessageBytes = n })
	integer("MAX_UPLOAD_FILE_BYTES", 1, func(n int64) { c.MaxUploadFileBytes = n })
	integer("MAX_UPLOAD_BYTES", 1, func(n int64) { c.MaxUploadBytes = n })
	integer("MAX_UPLOAD_DISK_BYTES", 1, func(n int64) { c.MaxUploadDiskBytes = n })
	integer("MAX_MESSAGES_PER_SECOND", 1, func(n int64) { c.MaxMessagesPerSecond = int(n) })
	integer("MAX_PAGES_PER_SESSION", 1, func(n int64) { c.MaxPagesPerSession = int(n) })
	integer("MAX_CONNECTIONS_PER_SESSION", 1, func(n int64) { c.MaxConnectionsPerSession = int(n) })
	str("STATIC_DIRECTORY", &c.StaticDirectory)
	str("STATIC_MOUNT", &c.StaticMount)
	boolean("NO_INTERNET", &c.NoInternet)
	boolean("WEBSOCKETS", &c.Websockets)
	str("SSL_KEYFILE", &c.SSLKeyFile)
	str("SSL_CERTFILE", &c.SSLCertFile)
	if (c.SSLKeyFile == "") != (c.SSLCertFile == "") {
		errs = append(errs, errors.New("config: SSL_KEYFILE and SSL_CERTFILE go together"))
	}
	if c.Port > 65535 {
		errs = append(errs, fmt.Errorf("config: PORT: %d is not a port number", c.Port))
	}
	if c.StaticMount == "" || c.StaticMount[0] != '/' || strings.ContainsAny(c.StaticMount, " {}") {
		errs = append(errs, fmt.Errorf("config: STATIC_MOUNT: %q is not a path such as /static", c.StaticMount))
	}
	if c.SessionCookieName == "" {
		errs = append(errs, errors.New("config: SESSION_COOKIE_NAME: must not be empty"))
	}
	if c.SecretKey == "" {
		errs = append(errs, errors.New("config: SECRET_KEY: must not be empty"))
	}
	return c, errors.Join(errs...)
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
