package static

import (
	"compress/gzip"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestClientIsCachedAndCompressed(t *testing.T) {
	url := assetURL("/", ClientFile)
	if !strings.HasPrefix(url, "/_jp/client.js?v=") {
		t.Fatalf("client URL %q", url)
	}
	client := Assets()[ClientFile]
	r := httptest.NewRequest("GET", url, nil)
	r.Header.Set("Accept-Encoding", "deflate, gzip;q=0.8")
	w := httptest.NewRecorder()
	client.ServeHTTP(w, r)
	h := w.Result().Header
	if h.Get("Content-Encoding") != "gzip" || !strings.Contains(h.Get("Cache-Control"), "immutable") ||
		!strings.HasPrefix(h.Get("Content-Type"), "text/javascript") || h.Get("Vary") != "Accept-Encoding" {
		t.Fatalf("headers %v", h)
	}
	zr, err := gzip.NewReader(w.Result().Body)
	if err != nil {
		t.Fatal(err)
	}
	if js, _ := io.ReadAll(zr); string(js) != string(Client) {
		t.Error("the gzipped client differs from the client")
	}
	// Without the version, the client must be revalidated.
	if resp, body := get(client, "/_jp/client.js"); resp.Header.Get("Cache-Control") != "no-cache" || body != string(Client) {
		t.Errorf("unversioned: %v", resp.Header)
	}
}

// The stylesheets the shell may link are assets even when `make assets`
// did not fetch them: they answer 404, and the shell links the CDN.
func TestMissingStylesheetsReadAsAbsent(t *testing.T) {
	for _, name := range []string{TailwindFile, TailwindDarkFile, AnimateFile, FontAwesomeFile} {
		a, ok := Assets()["local/"+name]
		if !ok {
			t.Fatalf("no asset for %s", name)
		}
		resp, _ := get(a, "/_jp/local/"+name)
		if HasLocal(name) != (resp.StatusCode == 200) || HasLocal(name) != (assetURL("/", "local/"+name) != "") {
			t.Errorf("%s: carried %v, %d, URL %q", name, HasLocal(name), resp.StatusCode, assetURL("/", "local/"+name))
		}
	}
}

func TestContentType(t *testing.T) {
	for name, want := range map[string]string{
		"a.css": "text/css; charset=utf-8", "x.unknown-ext": "application/octet-stream", // fonts: the system's type, or ours
	} {
		if got := contentType(name); got != want {
			t.Errorf("%s: %s, want %s", name, got, want)
		}
	}
}
