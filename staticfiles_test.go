package jp_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
)

// The App serves STATIC_DIRECTORY at STATIC_MOUNT (package static tests
// what it refuses), and no page function runs for a path under the mount.
func TestStaticFilesAreServedAtTheMount(t *testing.T) {
	work := t.TempDir()
	dir := filepath.Join(work, "files")
	os.Mkdir(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "app.css"), []byte("p{}"), 0o644)
	os.WriteFile(filepath.Join(work, "justpy.env"), []byte("SECRET_KEY=outside"), 0o644)
	cfg := jp.DefaultConfig()
	cfg.StaticDirectory, cfg.StaticMount = dir, "/assets"
	ty, app := tallyApp(t, jp.WithConfig(cfg))
	b := newBrowser(t, serve(t, app))
	if resp, body := b.get("/assets/app.css"); resp.StatusCode != 200 || body != "p{}" {
		t.Errorf("%d %q", resp.StatusCode, body)
	}
	for _, p := range []string{"/assets/../justpy.env", "/assets/%2e%2e/justpy.env", "/assets/", "/assets/missing.css"} {
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
