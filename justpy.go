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
// them for http.ListenAndServe.
var (
	defaultMu     sync.Mutex
	defaultRoutes []func(*App)
)

// SetRoute serves fn at pattern in the App that JustPy starts (JustPy's
// @jp.SetRoute). Call it before JustPy.
func SetRoute[F PageFunc](pattern string, fn F) {
	defaultMu.Lock()
	defer defaultMu.Unlock()
	defaultRoutes = append(defaultRoutes, func(a *App) { Route(a, pattern, fn) })
}

// JustPy reads the configuration (justpy.env and the environment), serves
// fn at "/" and at every path no other route claims, and serves until the
// process is interrupted (SIGINT or SIGTERM), then shuts down gracefully.
// A configuration or listening error ends the process with a message.
func JustPy[F PageFunc](fn F, opts ...AppOption) {
	cfg, err := LoadConfig()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	a := NewApp(append([]AppOption{WithConfig(cfg)}, opts...)...)
	defaultMu.Lock()
	for _, add := range defaultRoutes {
		add(a)
	}
	defaultMu.Unlock()
	Route(a, "/", fn)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := a.ListenAndServe(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "justgo:", err)
		os.Exit(1)
	}
}
