package static

import (
	"compress/gzip"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func TestClientIsCachedAndCompressed(t *testing.T) {
	url := ClientURL("/")
	if !strings.HasPrefix(url, "/_jp/client.js?v=") {
		t.Fatalf("client URL %q", url)
	}
	a := NewAssets()
	r := httptest.NewRequest("GET", url, nil)
	r.Header.Set("Accept-Encoding", "deflate, gzip;q=0.8")
	w := httptest.NewRecorder()
	a.ServeHTTP(w, r)
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
	if resp, body := get(a, "/_jp/client.js"); resp.Header.Get("Cache-Control") != "no-cache" || body != string(Client) {
		t.Errorf("unversioned: %v", resp.Header)
	}
}

// An app's folder, as `justgo assets` fills it: at its root or under
// assets/, the first folder that has a file winning.
func TestAssetsFromFolders(t *testing.T) {
	app := fstest.MapFS{
		"assets/tailwindcss@2.2.19/dist/tailwind.min.css": {Data: []byte("/* app's */")},
		"assets/echarts@6.1.0/dist/echarts.min.js":        {Data: []byte("var echarts;")},
	}
	own := fstest.MapFS{
		"tailwindcss@2.2.19/dist/tailwind.min.css":                        {Data: []byte("/* JustGo's */")},
		"animate.css@3.7.0/animate.min.css":                               {Data: []byte(".animated{}")},
		"@fortawesome/fontawesome-free@5.9.0/webfonts/fa-solid-900.woff2": {Data: []byte("wOF2")},
	}
	a := NewAssets(app, nil, own)
	for path, want := range map[string]string{
		"/_jp/lib/tailwindcss@2.2.19/dist/tailwind.min.css":                        "/* app's */",
		"/_jp/lib/animate.css@3.7.0/animate.min.css":                               ".animated{}",
		"/_jp/lib/echarts@6.1.0/dist/echarts.min.js":                               "var echarts;",
		"/_jp/lib/@fortawesome/fontawesome-free@5.9.0/webfonts/fa-solid-900.woff2": "wOF2",
	} {
		resp, body := get(a, path)
		if resp.StatusCode != 200 || body != want || !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("%s: %d %q %v", path, resp.StatusCode, body, resp.Header)
		}
	}
	if resp, _ := get(a, "/_jp/lib/echarts@6.1.0/dist/echarts.min.js"); resp.Header.Get("Content-Type") != "text/javascript; charset=utf-8" {
		t.Errorf("a script's type: %v", resp.Header)
	}
	for _, path := range []string{"/_jp/lib/katex@0.19.1/dist/katex.min.js", "/_jp/lib/../assets.go", "/_jp/lib/", "/_jp/other"} {
		if resp, _ := get(a, path); resp.StatusCode != 404 {
			t.Errorf("%s: %d", path, resp.StatusCode)
		}
	}
	if n := countFiles(a); n != 4 {
		t.Errorf("%d files remembered, want the 4 found (not the ones asked for in vain)", n)
	}
	if got := a.URL("/app/", true, &ECharts, "dist/echarts.min.js"); got != "/app/_jp/lib/echarts@6.1.0/dist/echarts.min.js" {
		t.Errorf("local URL %s", got)
	}
	if got := a.URL("/app/", false, &ECharts, "dist/echarts.min.js"); got != "https://cdn.jsdelivr.net/npm/echarts@6.1.0/dist/echarts.min.js" {
		t.Errorf("CDN URL %s", got)
	}
	if got := a.URL("/", true, &KaTeX, "dist/katex.min.js"); got != KaTeX.CDN("dist/katex.min.js") {
		t.Errorf("a missing file's URL %s", got)
	}
	// What URL worked out is kept, under every base, and a file missing
	// before is linked locally once a folder holds it.
	for _, base := range []string{"/app/", "/", "/other/"} {
		if got := a.URL(base, true, &ECharts, "dist/echarts.min.js"); got != base+"_jp/lib/echarts@6.1.0/dist/echarts.min.js" {
			t.Errorf("under %s: %s", base, got)
		}
	}
	own["katex@0.19.1/dist/katex.min.js"] = &fstest.MapFile{Data: []byte("var katex;")}
	if got := a.URL("/", true, &KaTeX, "dist/katex.min.js"); got != "/_jp/lib/katex@0.19.1/dist/katex.min.js" {
		t.Errorf("a file found later: %s", got)
	}
	if got := a.URL("/", false, &KaTeX, "dist/katex.min.js"); got != KaTeX.CDN("dist/katex.min.js") {
		t.Errorf("the CDN's, once the file is found: %s", got)
	}
	missing := strings.Join(a.Missing(&Tailwind, &FontAwesome), " ")
	if missing != "tailwindcss@2.2.19/dist/tailwind-dark.min.css @fortawesome/fontawesome-free@5.9.0/css/all.min.css" {
		t.Errorf("missing: %s", missing)
	}
}

func countFiles(a *Assets) int {
	n := 0
	a.files.Range(func(any, any) bool { n++; return true })
	return n
}

func TestLibraryWants(t *testing.T) {
	for file, want := range map[string]bool{
		"dist-cdn/webawesome.loader.js":          true,
		"dist-cdn/components/button/button.js":   true,
		"dist-cdn/translations/en.js":            true,
		"dist-cdn/translations/de.js":            false,
		"dist-cdn/react/button/index.js":         false,
		"dist-cdn/webawesome.d.ts":               false,
		"dist/webawesome.loader.js":              false,
		"LICENSE.md":                             true,
		"dist-cdn/components/button/button.d.ts": false,
	} {
		if got := WebAwesome.Wants(file); got != want {
			t.Errorf("%s: %v", file, got)
		}
	}
	if !FontAwesome.Wants("webfonts/fa-solid-900.woff2") || FontAwesome.Wants("webfonts/fa-solid-900.ttf") {
		t.Error("Font Awesome's fonts")
	}
	if ECharts.Wants("dist/echarts.js") || !ECharts.Wants("NOTICE") {
		t.Error("ECharts: the minified build and its NOTICE")
	}
	if got := WebAwesome.Tarball(); got != "@awesome.me/webawesome/-/webawesome-3.14.0.tgz" {
		t.Errorf("tarball %s", got)
	}
}

func TestContentType(t *testing.T) {
	for name, want := range map[string]string{
		"a.css": "text/css; charset=utf-8", "x.unknown-ext": "application/octet-stream", "f.woff2": "font/woff2",
		"m.js": "text/javascript; charset=utf-8",
	} {
		if got := contentType(name); got != want {
			t.Errorf("%s: %s, want %s", name, got, want)
		}
	}
}

// The icons module points Web Awesome at the App's own icons with URLs
// relative to itself, so that it works under any base.
func TestIconsModule(t *testing.T) {
	url := ScriptURL("/app/", IconsFile)
	if !strings.HasPrefix(url, "/app/_jp/wa-icons.js?v=") {
		t.Fatalf("URL %s", url)
	}
	resp, body := get(NewAssets(), "/_jp/wa-icons.js?"+strings.SplitN(url, "?", 2)[1])
	for _, want := range []string{`from "./lib/@awesome.me/webawesome@3.14.0/dist-cdn/webawesome.loader.js"`,
		`new URL("./lib/@fortawesome/fontawesome-free@7.3.0/svgs", import.meta.url)`} {
		if !strings.Contains(body, want) {
			t.Errorf("no %s in %s", want, body)
		}
	}
	if !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") || resp.Header.Get("Content-Type") != "text/javascript; charset=utf-8" {
		t.Errorf("headers %v", resp.Header)
	}
}

// The client browsers get has no comment lines and no indentation, and
// keeps every statement.
func TestClientStripped(t *testing.T) {
	if got := string(strip([]byte("  // note\n  var a = 1; // why\n\n  if (a) {\n    a++;\n  }\n"))); got != "var a = 1; // why\nif (a) {\na++;\n}\n" {
		t.Errorf("stripped %q", got)
	}
	if len(Client) > len(clientSource)*3/4 || !strings.Contains(string(Client), "function patch(m) {") {
		t.Errorf("client %d bytes of %d", len(Client), len(clientSource))
	}
}
