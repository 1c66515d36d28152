package jp_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
)

func TestStaticFilesAndRefusals(t *testing.T) {
	work := t.TempDir()
	dir := filepath.Join(work, "static")
	os.MkdirAll(filepath.Join(dir, "img"), 0o755)
	os.WriteFile(filepath.Join(dir, "img", "logo.svg"), []byte("<svg/>"), 0o644)
	os.WriteFile(filepath.Join(dir, "justpy.env"), []byte("SECRET_KEY=x"), 0o644)
	os.WriteFile(filepath.Join(dir, ".env"), []byte("SECRET_KEY=x"), 0o644)
	os.WriteFile(filepath.Join(work, "justpy.env"), []byte("SECRET_KEY=outside"), 0o644)
	os.Symlink(filepath.Join(work, "justpy.env"), filepath.Join(dir, "link.txt"))

	cfg := jp.DefaultConfig()
	cfg.StaticDirectory = dir
	ty, app := tallyApp(t, jp.WithConfig(cfg))
	b := newBrowser(t, serve(t, app))
	if resp, body := b.get("/static/img/logo.svg"); resp.StatusCode != 200 || body != "<svg/>" {
		t.Errorf("logo: %d %q", resp.StatusCode, body)
	}
	for _, p := range []string{"/static/justpy.env", "/static/.env", "/static/../justpy.env", "/static/%2e%2e/justpy.env",
		"/static/img/", "/static/link.txt", "/static/missing.css"} {
		// 404, or for ".." net/http's redirect to the cleaned path: never the file.
		if resp, body := b.get(p); resp.StatusCode == 200 || strings.Contains(body, "SECRET_KEY") {
			t.Errorf("%s: %d %q", p, resp.StatusCode, body)
		}
	}
	ty.mu.Lock()
	defer ty.mu.Unlock()
	if len(ty.visits) != 0 {
		t.Errorf("a page function ran for a static path: %v", ty.visits)
	}
}

func TestStaticMount(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "app.css"), []byte("p{}"), 0o644)
	cfg := jp.DefaultConfig()
	cfg.StaticDirectory, cfg.StaticMount = dir, "/assets"
	_, app := tallyApp(t, jp.WithConfig(cfg))
	b := newBrowser(t, serve(t, app))
	if resp, body := b.get("/assets/app.css"); resp.StatusCode != 200 || body != "p{}" {
		t.Errorf("%d %q", resp.StatusCode, body)
	}
}

// Without a static folder, /static/ is still not a page.
func TestStaticPathIsNeverAPage(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.StaticDirectory = filepath.Join(t.TempDir(), "none")
	ty, app := tallyApp(t, jp.WithConfig(cfg))
	if resp, _ := newBrowser(t, serve(t, app)).get("/static/app.css"); resp.StatusCode != 404 {
		t.Errorf("%d", resp.StatusCode)
	}
	if len(ty.visits) != 0 {
		t.Error("a page function ran")
	}
}
