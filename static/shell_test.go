package static

import (
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func TestBasePath(t *testing.T) {
	cases := []struct {
		uri, path, forwarded, want string
	}{
		{"/", "/", "", "/"},
		{"/login?x=1", "/login", "", "/"},
		{"/app/login", "/login", "", "/app/"}, // http.StripPrefix("/app", app)
		{"/app/", "/", "", "/app/"},           // the prefix itself
		{"/app/a%20b", "/a b", "", "/app/"},   // escaped paths
		{"/app/x", "/x", "/ext", "/ext/app/"}, // a proxy stripped /ext
		{"/x", "/x", "/ext/", "/ext/"},        // trailing slash in the header
		{"/x", "/x", `/e"><script>`, "/"},     // nothing unsafe reaches the page
		{"/x", "/x", "//evil.example", "/"},   // nor another host
		{"/x", "/x", "https://evil.example/", "/"},
	}
	for _, c := range cases {
		r := httptest.NewRequest("GET", c.uri, nil)
		r.URL.Path = c.path
		r.URL.RawPath = ""
		if c.forwarded != "" {
			r.Header.Set("X-Forwarded-Prefix", c.forwarded)
		}
		if got := BasePath(r); got != c.want {
			t.Errorf("%s (path %s, forwarded %q): %q, want %q", c.uri, c.path, c.forwarded, got, c.want)
		}
	}
}

func TestWritePage(t *testing.T) {
	w := httptest.NewRecorder()
	err := WritePage(w, &Document{Base: "/app/", CSS: `p::before { content: "</style>" }`, Tailwind: true, Dark: true,
		PageID: "P1", Version: 3, Body: []byte(`<p>hi</p>`), Events: []string{"page_ready", "visibilitychange"},
		HTTPEvents: true, UploadFileBytes: 10, UploadBytes: 50})
	html := w.Body.String()
	if err != nil || w.Header().Get("Cache-Control") != "no-store" || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("%v %v", err, w.Header())
	}
	for _, want := range []string{`<title>JustGo</title>`, `<html lang="en" class="dark wa-dark">`, `\3c /style>`,
		`data-jp-page="P1" data-jp-v="3" data-jp-base="/app/" data-jp-http="1" data-jp-on="page_ready visibilitychange" data-jp-upload="10,50"><p>hi</p></div>`,
		`<script src="/app/_jp/client.js?v=`, Tailwind.CDN("dist/tailwind-dark.min.css")} {
		if !strings.Contains(html, want) {
			t.Errorf("no %s in\n%s", want, html)
		}
	}
	if strings.Count(html, "</style>") != 2 { // the shell's own and the page's
		t.Errorf("the page's CSS closed its element:\n%s", html)
	}
}

// Under NO_INTERNET the binary's own stylesheets are linked, under the base,
// when `make assets` fetched them; the CDN's otherwise.
func TestStylesheetsLocalOrCDN(t *testing.T) {
	for _, local := range []bool{true, false} {
		w := httptest.NewRecorder()
		own := NewAssets(fstest.MapFS{"tailwindcss@2.2.19/dist/tailwind.min.css": {Data: []byte("/**/")}})
		WritePage(w, &Document{Base: "/app/", Tailwind: true, LocalAssets: local, Assets: own})
		html := w.Body.String()
		want := `href="https://cdn.jsdelivr.net/npm/tailwindcss@2.2.19/dist/tailwind.min.css"`
		if local {
			want = `href="/app/_jp/lib/tailwindcss@2.2.19/dist/tailwind.min.css"`
		}
		if !strings.Contains(html, want) || !strings.Contains(html, "fontawesome") || !strings.Contains(html, "animate") {
			t.Errorf("LocalAssets %v: no %s in\n%s", local, want, html)
		}
	}
	w := httptest.NewRecorder()
	WritePage(w, &Document{Base: "/"})
	if strings.Contains(w.Body.String(), `rel="stylesheet"`) {
		t.Errorf("stylesheets on a page without Tailwind:\n%s", w.Body.String())
	}
}
