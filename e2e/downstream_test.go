package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// An app in a module of its own fetches the libraries with JustGo's
// command, embeds them, and serves its page offline: in Chromium, every
// request the page makes stays on loopback, and it is styled by them.
func TestAppInItsOwnModuleServesItsAssetsOffline(t *testing.T) {
	needBrowser(t)
	app := newDevApp(t)
	writeFile(t, filepath.Join(app, "main.go"), `package main

import (
	"embed"

	jp "github.com/justgo/justgo"
)

//go:embed all:assets
var assets embed.FS

func newApp(cfg jp.Config) *jp.App {
	app := jp.NewApp(jp.WithConfig(cfg), jp.WithAssets(assets))
	jp.Route(app, "/", hello)
	return app
}

func hello(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Div(jp.Text("Hello from a module of its own"), jp.ID("hello"), jp.Classes("text-5xl m-2 bg-blue-500"), jp.In(wp))
	jp.I(jp.Classes("fas fa-bomb"), jp.In(wp))
	return wp
}

func main() { jp.Run(newApp) }
`)
	// The command, as its README tells an app's developer to run it; only
	// the module proxy's cache and the npm cache (filled by `make assets`)
	// are needed.
	fetch := exec.Command("go", "run", "github.com/justgo/justgo/cmd/justgo", "assets", "tailwindcss", "animate.css", "fontawesome-free")
	fetch.Dir = app
	fetch.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
	if out, err := fetch.CombinedOutput(); err != nil {
		t.Fatalf("justgo assets: %v\n%s", err, out)
	}
	bin := filepath.Join(app, "app")
	b := exec.Command("go", "build", "-o", bin, ".")
	b.Dir = app
	b.Env = fetch.Env
	if out, err := b.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	s := &server{bin: bin, dir: app, port: freePort(t), t: t, env: []string{"NO_INTERNET=True"}}
	s.URL = fmt.Sprintf("http://127.0.0.1:%d", s.port)
	s.start()
	t.Cleanup(s.stop)

	tab := newBrowser(t)
	var mu sync.Mutex
	var urls []string
	chromedp.Listen(tab, func(ev any) {
		if r, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			urls = append(urls, r.Request.URL)
			mu.Unlock()
		}
	})
	run(t, tab, chromedp.Navigate(s.URL+"/"), waitConnected(),
		// Tailwind's blue, and Font Awesome's font for the icon.
		waitJS(`getComputedStyle(document.getElementById("hello")).backgroundColor === "rgb(59, 130, 246)"`),
		waitJS(`document.fonts.check("900 16px 'Font Awesome 5 Free'") && getComputedStyle(document.querySelector(".fa-bomb"), "::before").fontFamily.includes("Font Awesome")`))
	time.Sleep(200 * time.Millisecond) // what the page asks for late
	mu.Lock()
	defer mu.Unlock()
	if len(urls) < 4 {
		t.Errorf("only %d requests seen: %v", len(urls), urls)
	}
	for _, u := range urls {
		if !strings.HasPrefix(u, s.URL+"/") {
			t.Errorf("a request left loopback: %s", u)
		}
	}
	if strings.Contains(s.log.String(), "NO_INTERNET=True but") {
		t.Errorf("warned of missing assets:\n%s", s.log)
	}
}
