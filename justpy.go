package jp

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// The routes SetRoute registers for JustPy, as http.HandleFunc registers
// them for http.ListenAndServe. It is the one list kept for the whole
// process, because JustPy's @jp.SetRoute decorates functions at import
// time, before any app exists, and a port keeps that shape: SetRoute calls
// in main (or an init), then JustPy. An App never reads it; code that makes
// its own App passes routes to Route.
var (
	defaultMu     sync.Mutex
	defaultRoutes []func(*App)
)

// SetRoute serves fn at pattern in the App that JustPy starts (JustPy's
// @jp.SetRoute). Call it before JustPy. The routes are the process's, for
// JustPy's sake; an App made with NewApp takes its own with Route.
func SetRoute[F PageFunc](pattern string, fn F) {
	defaultMu.Lock()
	defer defaultMu.Unlock()
	defaultRoutes = append(defaultRoutes, func(a *App) { Route(a, pattern, fn) })
}

// JustPy reads the configuration (justpy.env and the environment), serves
// fn at "/" and at every path no other route claims, and serves until the
// process is interrupted (SIGINT or SIGTERM), then shuts down gracefully.
// A configuration or listening error ends the process with a message. It
// is Run with an App of fn and the SetRoute routes.
func JustPy[F PageFunc](fn F, opts ...AppOption) {
	Run(func(cfg Config) *App {
		a := NewApp(append([]AppOption{WithConfig(cfg)}, opts...)...)
		defaultMu.Lock()
		for _, add := range defaultRoutes {
			add(a)
		}
		defaultMu.Unlock()
		Route(a, "/", fn)
		return a
	})
}

// Run is main for an app that builds its App itself: it reads the
// configuration (justpy.env and the environment), makes the App with
// newApp, and serves it until SIGINT or SIGTERM (App.Run). A configuration
// or serving error ends the process with a message. The same newApp serves
// the tests, with the configuration they choose:
//
//	func newApp(cfg jp.Config) *jp.App {
//		app := jp.NewApp(jp.WithConfig(cfg))
//		jp.Route(app, "/", home)
//		return app
//	}
//
//	func main() { jp.Run(newApp) }
//
//	// in a test: jptest.New(t, newApp(jp.DefaultConfig())).Open("/")
func Run(newApp func(Config) *App) {
	cfg, err := LoadConfig()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if err := newApp(cfg).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "justgo:", err)
		os.Exit(1)
	}
}

// Run serves the App on its configured HOST:PORT (HTTPS when SSL_CERTFILE
// and SSL_KEYFILE are set) until the process gets SIGINT or SIGTERM, then
// shuts down gracefully. It returns why it could not serve, or nil.
func (a *App) Run() error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return a.ListenAndServe(ctx)
}
