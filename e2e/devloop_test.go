package e2e

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// `justgo dev` rebuilds and restarts an app when its source changes, and the
// tab that shows it reloads itself to the new code on the same URL; a build
// error shows in the tab, and fixing it brings the app back.
func TestDevLoop(t *testing.T) {
	needBrowser(t)
	justgo := buildJustgo(t)
	app := newDevApp(t)
	writeFile(t, filepath.Join(app, "main.go"), devMain("version one"))

	port := freePort(t)
	url := fmt.Sprintf("http://127.0.0.1:%d/", port)
	log := &lockedLog{}
	cmd := exec.Command(justgo, "dev", ".")
	cmd.Dir = app
	// GOPROXY=off: everything the app needs is in the module cache already.
	cmd.Env = append(os.Environ(), "HOST=127.0.0.1", "PORT="+strconv.Itoa(port), "GOPROXY=off")
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			cmd.Process.Kill()
			<-exited
		}
		if t.Failed() {
			t.Logf("justgo dev said:\n%s", log)
		}
	})
	log.waitFor(t, "program 1 up", 60*time.Second) // the first build compiles JustGo

	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(url), waitConnected(), waitText("#v", "version one"))

	// save writes main.go, then waits for a new document (not the old one,
	// changed) that makes cond true, on the same URL, within 10 s.
	save := func(step, src, cond string) {
		t.Helper()
		run(t, browser, chromedp.Poll[chromedp.Void](`(window.beforeSave = true)`))
		writeFile(t, filepath.Join(app, "main.go"), src)
		ctx, cancel := context.WithTimeout(browser, 10*time.Second)
		defer cancel()
		expr := fmt.Sprintf(`!window.beforeSave && location.href === %q && (%s)`, url, cond)
		if err := chromedp.Do(ctx, waitAfterNavigation(expr)); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	shows := func(text string) string {
		return fmt.Sprintf(`(() => { const e = document.getElementById("v"); return !!e && e.textContent === %q })()`, text) +
			` && document.getElementById("jp-root").getAttribute("data-jp-state") === "live"`
	}

	save("a save", devMain("version two"), shows("version two"))
	save("a save that does not compile", strings.Replace(devMain("broken"), `jp.In(wp))`, `jp.In(wp)`, 1),
		`(() => { const e = document.getElementById("justgo-build-error"); return !!e && e.textContent.includes("syntax error") })()`)
	save("the fix", devMain("version three"), shows("version three"))

	// SIGTERM stops the dev command and its program.
	pids := regexp.MustCompile(`program \d+ up \(pid (\d+)`).FindAllStringSubmatch(log.String(), -1)
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		stopped = true
		if err != nil {
			t.Errorf("justgo dev exited with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("justgo dev did not stop within 10 s of SIGTERM")
	}
	if len(pids) == 0 {
		t.Fatal("justgo dev named no program's pid")
	}
	pid, _ := strconv.Atoi(pids[len(pids)-1][1])
	if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Errorf("the program (pid %d) outlived justgo dev: %v", pid, err)
	}
	if strings.Contains(log.String(), "DATA RACE") {
		t.Error("race detected")
	}
}

// buildJustgo builds the justgo command, with the race detector.
func buildJustgo(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(binDir, "justgo")
	cmd := exec.Command("go", "build", "-race", "-o", bin, "./cmd/justgo")
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building justgo: %v\n%s", err, out)
	}
	return bin
}

// newDevApp makes a module of its own that requires this repository's
// JustGo, with the repository's go.sum, so that nothing is downloaded.
func newDevApp(t *testing.T) string {
	t.Helper()
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	mod, err := os.ReadFile(filepath.Join(repo, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	// The app requires what JustGo requires: with module graph pruning the
	// go command wants every module that provides a package it builds.
	var gover string
	var requires []string
	inBlock := false
	for _, line := range strings.Split(string(mod), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case inBlock && line == ")":
			inBlock = false
		case inBlock && line != "":
			requires = append(requires, line)
		case line == "require (":
			inBlock = true
		case strings.HasPrefix(line, "require "):
			requires = append(requires, strings.TrimPrefix(line, "require "))
		case strings.HasPrefix(line, "go "):
			gover = line
		}
	}
	app := t.TempDir()
	writeFile(t, filepath.Join(app, "go.mod"), fmt.Sprintf("module devapp\n\n%s\n\nrequire (\n\tgithub.com/justgo/justgo v0.0.0\n\t%s\n)\n\nreplace github.com/justgo/justgo => %s\n",
		gover, strings.Join(requires, "\n\t"), repo))
	writeFile(t, filepath.Join(app, "go.sum"), string(sum))
	return app
}

func devMain(text string) string {
	return fmt.Sprintf(`package main

import jp "github.com/justgo/justgo"

func page(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Div(jp.Text(%q), jp.ID("v"), jp.In(wp))
	return wp
}

func main() { jp.JustPy(page) }
`, text)
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// lockedLog is a command's output, read while the command writes it.
type lockedLog struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func (l *lockedLog) waitFor(t *testing.T, s string, d time.Duration) {
	t.Helper()
	for deadline := time.Now().Add(d); !strings.Contains(l.String(), s); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q within %s", s, d)
		}
	}
}
