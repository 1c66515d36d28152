package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/justgo/justgo/internal/npm"
	"github.com/justgo/justgo/static"
)

const assetsUsage = `usage: justgo assets [-dir folder] [library ...]

assets fetches the browser libraries JustGo pages link (all of them, or the
ones named) from the npm registry, at their pinned versions, into the folder
(default "assets"). Embed the folder and give it to the App, and pages link
these copies when NO_INTERNET=True (the default):

	//go:embed all:assets
	var assets embed.FS

	app := jp.NewApp(jp.WithAssets(assets))

Tarballs are checked against their pinned hashes and kept in the user's
cache, so fetching again needs no network. NPM_CONFIG_REGISTRY names
another registry.
`

// assets is the assets command.
func assets(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := flag.NewFlagSet("assets", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprint(stderr, assetsUsage, "\nlibraries:")
		for _, l := range static.Libraries() {
			fmt.Fprint(stderr, " ", libName(l))
		}
		fmt.Fprint(stderr, "\n\nflags:\n")
		flags.PrintDefaults()
	}
	dir := flags.String("dir", "assets", "the folder to fetch into")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	libs, err := chosen(flags.Args())
	if err != nil {
		fmt.Fprintln(stderr, "justgo assets:", err)
		return usageError{err}
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	f := &npm.Fetcher{Registry: os.Getenv("NPM_CONFIG_REGISTRY")}
	if c, err := os.UserCacheDir(); err == nil {
		f.CacheDir = filepath.Join(c, "justgo", "npm")
	}
	for _, l := range libs {
		res, err := f.Fetch(ctx, l, *dir)
		if err != nil {
			return err
		}
		from := "the registry"
		if res.Cached {
			from = "the cache"
		}
		fmt.Fprintf(stdout, "fetched %s from %s: %d files, %d KB\n", filepath.Join(*dir, l.Dir()), from, res.Files, res.Bytes>>10)
	}
	return nil
}

// libName is how the command line names a library: its Name, or its
// package's name without the scope, "webawesome", "fontawesome-free".
func libName(l *static.Library) string {
	if l.Name != "" {
		return l.Name
	}
	return l.Package[strings.LastIndexByte(l.Package, '/')+1:]
}

// chosen is the libraries names picks, or all of them.
func chosen(names []string) ([]*static.Library, error) {
	all := static.Libraries()
	if len(names) == 0 {
		return all, nil
	}
	var out []*static.Library
next:
	for _, n := range names {
		for _, l := range all {
			if n == libName(l) || n == l.Package {
				out = append(out, l)
				continue next
			}
		}
		return nil, fmt.Errorf("no library %q", n)
	}
	return out, nil
}
