// Command jpbench measures a JustGo server: N clients, each with its own
// session, load the page, attach over the websocket and click in a closed
// loop, checking every update they receive. It reports events per second,
// round-trip latency, bytes per update, page loads per second, and (for the
// page it serves itself) server memory and goroutines per page. With
// -baseline it measures, in the same run, the floors: a bare
// gorilla/websocket echo answering messages of the same sizes; a bare
// handler serving the page's HTML with a new signed session cookie, its
// page loads in turns with JustGo's; and, in headless Chromium, the time
// from a click to the new count on the screen on the session page and on a
// bare-websocket page, in turns.
// With -browsers N it connects N browsers and keeps them: memory per page,
// each clicking once a second, and a Shared element's change reaching them
// all.
//
//	go run ./cmd/jpbench -clients 50 -duration 5s -baseline
//	go run ./cmd/jpbench -clients 0 -load-clients 0 -idle-pages 1000 -browsers 10000 -duration 10s
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"
)

func main() {
	if v, ok := os.LookupEnv(serveEnv); ok {
		n, _ := strconv.Atoi(v)
		serve(n)
		return
	}
	var o options
	flag.StringVar(&o.URL, "url", "", "a running server showing the session example (default: serve it in this process)")
	flag.IntVar(&o.Clients, "clients", 50, "clients clicking at once")
	flag.DurationVar(&o.Duration, "duration", 5*time.Second, "how long they click")
	flag.IntVar(&o.Elements, "elements", 0, "extra elements on the page served in this process")
	flag.IntVar(&o.LoadClients, "load-clients", 8, "clients loading pages at once, for page loads per second")
	flag.IntVar(&o.IdlePages, "idle-pages", 500, "connected and never-connected pages for the memory figures")
	flag.BoolVar(&o.Baseline, "baseline", false, "also measure the floors, in this run: a bare websocket echo, a bare page-load handler, and a bare-websocket page in Chromium")
	flag.StringVar(&o.Chromium, "chromium", chromiumPath, "Chromium, for the click-to-screen floor of -baseline")
	flag.IntVar(&o.ScreenClicks, "screen-clicks", 300, "clicks in Chromium on each page, for the click-to-screen floor")
	flag.IntVar(&o.Browsers, "browsers", 0, "also connect this many browsers, each with its own session, to a server process of their own (or -url, which must serve jpbench's /_bench/shared): memory per page, each clicking once a second for -duration, and a Shared element's change reaching them all (0: off)")
	flag.StringVar(&o.HeapProfile, "heap-profile", "", "with -browsers, save the server's heap profiles to FILE.idle, taken while they are connected and idle, and to FILE.after-clicks, once idle again")
	jsonOut := flag.String("json", "", "also write the report as JSON to this file (- for standard output)")
	scale := flag.Bool("scaleout", false, "measure examples/session_store on one instance in memory, one on Redis and two on Redis behind a balancer, and a rejoin (needs redis-server; run from the module root)")
	flag.Parse()
	var r interface {
		table(io.Writer)
		errors() int
	}
	var err error
	if *scale {
		r, err = scaleRun(o)
	} else {
		r, err = run(o)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "jpbench:", err)
		os.Exit(1)
	}
	r.table(os.Stdout)
	if *jsonOut != "" {
		w := io.Writer(os.Stdout)
		if *jsonOut != "-" {
			f, err := os.Create(*jsonOut)
			if err != nil {
				fmt.Fprintln(os.Stderr, "jpbench:", err)
				os.Exit(1)
			}
			defer f.Close()
			w = f
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.Encode(r)
	}
	if r.errors() > 0 {
		os.Exit(1)
	}
}

// scaleRun builds the example and runs the scale-out figures.
func scaleRun(o options) (*scaleReport, error) {
	dir, err := os.MkdirTemp("", "jpbench-bin-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	bin, err := scaleBinary(dir)
	if err != nil {
		return nil, fmt.Errorf("building examples/session_store: %w", err)
	}
	return scaleOut(o, bin)
}
