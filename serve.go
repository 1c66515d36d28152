package jp

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/justgo/justgo/internal/config"
	"github.com/justgo/justgo/static"
)

// Timeouts of the HTTP server. There is no ReadTimeout or WriteTimeout: a
// websocket lives for hours on its connection.
const (
	readHeaderTimeout = 10 * time.Second  // for a slow client's request line and headers
	idleTimeout       = 120 * time.Second // a keep-alive connection between requests
	shutdownTimeout   = 5 * time.Second   // for requests under way when serving ends
)

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
	if a.cfg.InstanceURL != "" && a.cfg.SecretKey == config.DefaultSecretKey {
		ln.Close() // anyone could sign a token that makes the instance forward to a host of their choosing
		return errors.New("INSTANCE_URL is set but SECRET_KEY is the default: every instance must share a key of its own (set SECRET_KEY)")
	}
	if err := a.connectStore(); err != nil {
		ln.Close()
		return err
	}
	if a.cfg.SecretKey == config.DefaultSecretKey && a.cfg.Sessions {
		a.log.Warn("justgo: SECRET_KEY is the default, which serves on a loopback address only; set your own in justpy.env or the environment")
	}
	a.warnMissing(&static.Tailwind, &static.Animate, &static.FontAwesome) // what most pages link
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
