package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watcher reports changes to the sources of a module, a burst at a time:
// an editor's save, or a checkout, is many events.
type watcher struct {
	root  string
	delay time.Duration // how long the files must be quiet before a burst is reported
	fsw   *fsnotify.Watcher
}

// watch watches every folder of the module at root but those skipDir
// skips, and the package's folder pkg, even in one of those. fsnotify does
// not watch folders recursively, so each is added, and run adds those
// created later.
func watch(root, pkg string, delay time.Duration) (*watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{root: root, delay: delay, fsw: fsw}
	for _, dir := range []string{root, pkg} { // fsnotify ignores a second Add of a folder
		if _, err := w.addTree(dir); err != nil {
			fsw.Close()
			return nil, err
		}
	}
	return w, nil
}

// folders is the number of folders watched.
func (w *watcher) folders() int { return len(w.fsw.WatchList()) }

// run sends on changes, when a burst of changes has been quiet for delay,
// the first file it changed, until ctx ends. A burst that finds changes full
// is dropped: a build is due anyway.
func (w *watcher) run(ctx context.Context, changes chan<- string) error {
	defer w.fsw.Close()
	quiet := time.NewTimer(time.Hour)
	quiet.Stop()
	first := ""
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return nil
			}
			name, err := w.changed(ev)
			if err != nil {
				return err
			}
			if name == "" {
				continue
			}
			if first == "" {
				first = name
			}
			quiet.Reset(w.delay)
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return nil
			}
			if !errors.Is(err, fsnotify.ErrEventOverflow) {
				return err
			}
			if first == "" { // events were lost: build, to be safe
				first = "(too many changes to tell)"
			}
			quiet.Reset(w.delay)
		case <-quiet.C:
			select {
			case changes <- first:
			default:
			}
			first = ""
		}
	}
}

// changed returns the file, relative to the root, that ev shows changed, or
// "" if ev changes nothing the program is built from. A new folder is
// watched, and counts as a change if it brings sources.
func (w *watcher) changed(ev fsnotify.Event) (string, error) {
	if !ev.Has(fsnotify.Create | fsnotify.Write | fsnotify.Remove | fsnotify.Rename) {
		return "", nil // a chmod
	}
	if ev.Has(fsnotify.Create) {
		if fi, err := os.Lstat(ev.Name); err == nil && fi.IsDir() {
			if skipDir(ev.Name) {
				return "", nil
			}
			found, err := w.addTree(ev.Name)
			if err != nil || !found {
				return "", err
			}
			return w.rel(ev.Name), nil
		}
	}
	if !sourceFile(filepath.Base(ev.Name)) {
		return "", nil
	}
	return w.rel(ev.Name), nil
}

func (w *watcher) rel(path string) string {
	if r, err := filepath.Rel(w.root, path); err == nil {
		return r
	}
	return path
}

// addTree watches dir and the folders under it, and says whether they hold
// a source file.
func (w *watcher) addTree(dir string) (found bool, err error) {
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil && path == dir:
			return err
		case err != nil: // unreadable, or gone already
			return nil
		case !d.IsDir():
			found = found || sourceFile(d.Name())
			return nil
		case path != dir && skipDir(path):
			return filepath.SkipDir
		}
		if err := w.fsw.Add(path); err != nil {
			return fmt.Errorf("watching %s: %w", path, err)
		}
		return nil
	})
	return found, err
}

// skipDir reports whether the folder at path is no part of the module's
// build: the go command ignores testdata, vendor is not edited, and a
// folder with a go.mod of its own is another module.
func skipDir(path string) bool {
	name := filepath.Base(path)
	switch {
	case name == "testdata", name == "vendor", name == "node_modules",
		strings.HasPrefix(name, "."), strings.HasPrefix(name, "_"):
		return true
	}
	_, err := os.Stat(filepath.Join(path, "go.mod"))
	return err == nil
}

// sourceFile reports whether a change to the file called name can change
// the program: Go sources but tests, the module's files, and the templates,
// styles, scripts and settings a program embeds or reads at start. Editors'
// backups and swap files (main.go~, .main.go.swp, 4913) are not.
func sourceFile(name string) bool {
	switch {
	case name == "go.mod", name == "go.sum", name == ".env":
		return true
	case strings.HasPrefix(name, "."), strings.HasSuffix(name, "_test.go"):
		return false
	}
	switch filepath.Ext(name) {
	case ".go", ".html", ".css", ".js", ".env":
		return true
	}
	return false
}

// moduleRoot is the folder of the go.mod that dir belongs to, or dir if
// there is none.
func moduleRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}
