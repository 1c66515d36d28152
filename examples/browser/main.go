// Command browser is JustGo's demo browser: it lists JustPy's tutorial
// programs ported to JustGo, chapter by chapter, each with what it shows
// and a link to its source, and runs them all in this one process, each
// under its own path. It serves on HOST:PORT.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	jp "github.com/justgo/justgo"
)

func main() {
	cfg, err := jp.LoadConfig()
	if err != nil {
		log.Fatal(err)
	}
	b := New(cfg, chapters)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	srv := &http.Server{Addr: cfg.Addr(), Handler: b}
	go func() {
		<-ctx.Done()
		b.Close()
		srv.Shutdown(context.Background())
	}()
	log.Printf("JustPy's tutorial on http://%s/", cfg.Addr())
	if err := srv.ListenAndServe(); err != http.ErrServerClosed {
		log.Fatal(err)
	}
}
