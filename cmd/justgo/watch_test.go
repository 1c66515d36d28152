package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// expectChanges waits for n bursts and then checks that no other comes.
func expectChanges(t *testing.T, changes <-chan string, n int) []string {
	t.Helper()
	var got []string
	for len(got) < n {
		select {
		case name := <-changes:
			got = append(got, name)
		case <-time.After(3 * time.Second):
			t.Fatalf("%d changes reported, want %d: %q", len(got), n, got)
		}
	}
	select {
	case name := <-changes:
		t.Fatalf("a change more than the %d expected: %q after %q", n, name, got)
	case <-time.After(500 * time.Millisecond):
	}
	return got
}

func TestWatcherReportsABurstOnce(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "go.mod"), "module app\n")
	writeFile(t, filepath.Join(root, "main.go"), "package main\n")
	writeFile(t, filepath.Join(root, "internal", "ui", "ui.go"), "package ui\n")
	for _, dir := range []string{".git", "testdata", "vendor", "node_modules", "_old", "nested"} {
		writeFile(t, filepath.Join(root, dir, "x.go"), "package x\n")
	}
	writeFile(t, filepath.Join(root, "nested", "go.mod"), "module nested\n")

	w, err := watch(root, root, 300*time.Millisecond) // the burst's writes are 20 ms apart; a loaded machine stretched one past 100
	if err != nil {
		t.Fatal(err)
	}
	if got := w.folders(); got != 3 { // root, internal, internal/ui
		t.Errorf("watching %d folders, want 3: %q", got, w.fsw.WatchList())
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	changes := make(chan string, 10)
	go func() { done <- w.run(ctx, changes) }()

	// An editor saving several files, several times, quickly: one build.
	for range 5 {
		writeFile(t, filepath.Join(root, "main.go"), "package main // edited\n")
		writeFile(t, filepath.Join(root, "internal", "ui", "page.html"), "<p>hi</p>")
		time.Sleep(20 * time.Millisecond)
	}
	if got := expectChanges(t, changes, 1); got[0] != "main.go" {
		t.Errorf("reported %q, want the first file changed, main.go", got[0])
	}

	// Nothing the build reads: no build.
	for _, name := range []string{"main_test.go", "notes.txt", ".main.go.swp", "main.go~", "4913",
		".git/y.go", "testdata/y.go", "nested/y.go", "vendor/y.go"} {
		writeFile(t, filepath.Join(root, name), "x")
	}
	os.Chmod(filepath.Join(root, "main.go"), 0o600)
	expectChanges(t, changes, 0)

	// Settings, styles and module files are sources; so is a new package,
	// whose folder is watched from then on; a new hidden folder is not.
	writeFile(t, filepath.Join(root, "justpy.env"), "DEBUG = True\n")
	expectChanges(t, changes, 1)
	writeFile(t, filepath.Join(root, "static", "app.css"), "p {}")
	expectChanges(t, changes, 1)
	writeFile(t, filepath.Join(root, "static", "app.css"), "p { color: red }")
	expectChanges(t, changes, 1)
	writeFile(t, filepath.Join(root, ".cache", "z.go"), "package z\n")
	writeFile(t, filepath.Join(root, ".cache", "z.go"), "package z // again\n")
	expectChanges(t, changes, 0)
	os.Remove(filepath.Join(root, "internal", "ui", "ui.go"))
	expectChanges(t, changes, 1)

	cancel()
	if err := <-done; err != nil {
		t.Errorf("run: %v", err)
	}
}

// A burst while a build runs waits in the channel; further bursts join it.
func TestWatcherCoalescesWhileBuilding(t *testing.T) {
	root := t.TempDir()
	w, err := watch(root, root, 50*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	changes := make(chan string, 1)
	go w.run(ctx, changes)
	for _, name := range []string{"a.go", "b.go", "c.go"} {
		writeFile(t, filepath.Join(root, name), "package main\n")
		time.Sleep(300 * time.Millisecond) // three bursts, nobody reading
	}
	if got := expectChanges(t, changes, 1); got[0] != "a.go" {
		t.Errorf("reported %q, want a.go", got[0])
	}
}

// The package's folder is watched even where the module's walk skips it.
func TestWatcherWatchesThePackage(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "go.mod"), "module app\n")
	pkg := filepath.Join(root, "_examples", "app")
	writeFile(t, filepath.Join(pkg, "main.go"), "package main\n")
	if got := moduleRoot(pkg); got != root {
		t.Errorf("moduleRoot(%s) = %s, want %s", pkg, got, root)
	}
	w, err := watch(moduleRoot(pkg), pkg, 50*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	changes := make(chan string, 10)
	go w.run(ctx, changes)
	writeFile(t, filepath.Join(pkg, "main.go"), "package main // edited\n")
	if got := expectChanges(t, changes, 1); got[0] != filepath.Join("_examples", "app", "main.go") {
		t.Errorf("reported %q", got[0])
	}
}
