package static

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// get serves path with h, as a request from a browser.
func get(h http.Handler, path string) (*http.Response, string) {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
	body, _ := io.ReadAll(w.Result().Body)
	return w.Result(), string(body)
}

func TestFolderServesFilesAndRefusesTheRest(t *testing.T) {
	work := t.TempDir()
	dir := filepath.Join(work, "static")
	os.MkdirAll(filepath.Join(dir, "img"), 0o755)
	os.WriteFile(filepath.Join(dir, "img", "logo.svg"), []byte("<svg/>"), 0o644)
	os.WriteFile(filepath.Join(dir, "justpy.env"), []byte("SECRET_KEY=x"), 0o644)
	os.WriteFile(filepath.Join(dir, "JustPy.env"), []byte("SECRET_KEY=x"), 0o644)
	os.WriteFile(filepath.Join(dir, ".env"), []byte("SECRET_KEY=x"), 0o644)
	os.WriteFile(filepath.Join(work, "justpy.env"), []byte("SECRET_KEY=outside"), 0o644)
	os.Symlink(filepath.Join(work, "justpy.env"), filepath.Join(dir, "link.txt"))

	h := Folder(dir, "/static/", slog.Default())
	if resp, body := get(h, "/static/img/logo.svg"); resp.StatusCode != 200 || body != "<svg/>" {
		t.Errorf("logo: %d %q", resp.StatusCode, body)
	}
	for _, p := range []string{"/static/justpy.env", "/static/JustPy.env", "/static/.env", "/static/../justpy.env",
		"/static/%2e%2e/justpy.env", "/static/img/", "/static/img", "/static/link.txt", "/static/missing.css"} {
		// 404, or for ".." net/http's redirect to the cleaned path: never the file.
		if resp, body := get(h, p); resp.StatusCode == 200 || strings.Contains(body, "SECRET_KEY") {
			t.Errorf("%s: %d %q", p, resp.StatusCode, body)
		}
	}
}

func TestFolderAtAnotherMount(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "app.css"), []byte("p{}"), 0o644)
	h := Folder(dir, "/assets/", slog.Default())
	if resp, body := get(h, "/assets/app.css"); resp.StatusCode != 200 || body != "p{}" {
		t.Errorf("%d %q", resp.StatusCode, body)
	}
}

func TestFolderWithoutADirectory(t *testing.T) {
	for _, dir := range []string{"", filepath.Join(t.TempDir(), "none")} {
		if resp, _ := get(Folder(dir, "/static/", slog.Default()), "/static/app.css"); resp.StatusCode != 404 {
			t.Errorf("%q: %d", dir, resp.StatusCode)
		}
	}
}
