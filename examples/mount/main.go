// Command mount shows JustGo inside an ordinary Go server: a page under
// /app/ beside a plain /health handler. A JustGo App is an http.Handler,
// so it mounts in any router, under any prefix, behind any middleware.
package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"

	jp "github.com/justgo/justgo"
)

// clicks counts each session's clicks.
var (
	mu     sync.Mutex
	clicks = map[string]int{}
)

func sessionPage(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Div(jp.Text("My session id: "+r.SessionID), jp.Classes("m-2 p-1 text-xl"), jp.In(wp))
	mu.Lock()
	n := clicks[r.SessionID]
	mu.Unlock()
	b := jp.Button(jp.Text(fmt.Sprintf("Number of Click Events: %d", n)), jp.Classes(jp.Styles.ButtonPill()+" m-1"), jp.In(wp))
	b.On("click", func(self *jp.Element, msg *jp.Msg) error {
		mu.Lock()
		defer mu.Unlock()
		clicks[msg.SessionID]++
		self.Text = fmt.Sprintf("Number of Click Events: %d", clicks[msg.SessionID])
		return nil
	})
	return wp
}

// routes is the team's server: its own handlers, and JustGo under /app/.
func routes(app *jp.App) *http.ServeMux {
	jp.Route(app, "/", sessionPage)
	mux := http.NewServeMux()
	mux.Handle("/app/", http.StripPrefix("/app", app))
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	return mux
}

func main() {
	cfg, err := jp.LoadConfig()
	if err != nil {
		log.Fatal(err)
	}
	app := jp.NewApp(jp.WithConfig(cfg))
	mux := routes(app)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	srv := &http.Server{Addr: cfg.Addr(), Handler: mux}
	go func() {
		<-ctx.Done()
		app.Close()
		srv.Shutdown(context.Background())
	}()
	log.Printf("serving http://%s/app/ and /health", cfg.Addr())
	if err := srv.ListenAndServe(); err != http.ErrServerClosed {
		log.Fatal(err)
	}
}
