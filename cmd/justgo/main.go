package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/justgo/justgo/internal/config"
)

const usage = `usage: justgo dev [flags] [package [arguments]]
       justgo assets [-dir folder] [library ...]

dev builds the program in the package folder (default "."), serves it on
HOST:PORT, and rebuilds and restarts it when its sources change; open tabs
reload themselves to the new code.

assets fetches the browser libraries pages link into a folder to embed
(justgo assets -h says more).
`

func main() {
	commands := map[string]func(context.Context, []string, io.Writer, io.Writer) error{"dev": dev, "assets": assets}
	var cmd func(context.Context, []string, io.Writer, io.Writer) error
	if len(os.Args) >= 2 {
		cmd = commands[os.Args[1]]
	}
	if cmd == nil {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := cmd(ctx, os.Args[2:], os.Stdout, os.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case errors.As(err, new(usageError)):
		os.Exit(2)
	case err != nil:
		fmt.Fprintf(os.Stderr, "justgo %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}

// usageError is a mistake on the command line, already reported.
type usageError struct{ error }

// dev is the dev command: it serves until ctx ends.
func dev(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := flag.NewFlagSet("dev", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprint(stderr, usage, "\nflags:\n")
		flags.PrintDefaults()
	}
	addr := flags.String("addr", "", "where to serve (default HOST:PORT from justpy.env and the environment)")
	delay := flags.Duration("delay", 200*time.Millisecond, "how long the sources must be quiet before a rebuild")
	buildFlags := flags.String("buildflags", "", "flags for go build, such as -race")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	pkg, progArgs := ".", []string(nil)
	if flags.NArg() > 0 {
		pkg, progArgs = flags.Arg(0), flags.Args()[1:]
	}
	dir, err := filepath.Abs(pkg)
	if err != nil {
		return err
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		fmt.Fprintf(stderr, "justgo dev: %s is not a folder: name the package by its folder, such as ./examples/session\n", pkg)
		return usageError{errors.New("not a folder")}
	}
	cfg, err := config.Load()
	if err != nil {
		return err
	}
	if *addr == "" {
		*addr = cfg.Addr()
	}

	w, err := watch(moduleRoot(dir), dir, *delay)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "justgo-dev-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	// The program listens on loopback, so it cannot refuse, as JustGo does,
	// to serve others with the default key: dev refuses for it.
	if err := cfg.CheckServeAddr(ln.Addr()); err != nil {
		return err
	}
	p := newProxy()
	srv := &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second,
		BaseContext: func(net.Listener) context.Context { return ctx }} // ends the requests that wait
	srv.Protocols = new(http.Protocols)
	srv.Protocols.SetHTTP1(true) // websockets upgrade HTTP/1.1 connections, over TLS too, as JustGo serves them
	serveErr := make(chan error, 1)
	scheme := "http"
	if cfg.SSLCertFile != "" {
		scheme = "https"
		go func() { serveErr <- srv.ServeTLS(ln, cfg.SSLCertFile, cfg.SSLKeyFile) }()
	} else {
		go func() { serveErr <- srv.Serve(ln) }()
	}
	url := scheme + "://" + ln.Addr().String()
	fmt.Fprintf(stderr, "justgo dev: serving %s; folders watched under %s: %d\n", url, w.root, w.folders())

	changes := make(chan string, 1)
	watchErr := make(chan error, 1)
	go func() { watchErr <- w.run(ctx, changes) }()
	l := &loop{url: url, dir: dir, args: progArgs, flags: strings.Fields(*buildFlags), tmp: tmp, proxy: p, stdout: stdout, stderr: stderr}
	err = l.run(ctx, changes, watchErr, serveErr)
	fmt.Fprintln(stderr, "justgo dev: stopped")
	shutdown, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	srv.Shutdown(shutdown)
	return err
}
