package jp_test

import (
	"strings"
	"testing"
	"testing/fstest"

	jp "github.com/justgo/justgo"
)

// An app's own folder of libraries (what `justgo assets` fetched, embedded)
// is what its pages link under NO_INTERNET, and what it serves.
func TestWithAssetsLinksTheAppsCopies(t *testing.T) {
	folder := fstest.MapFS{"assets/tailwindcss@2.2.19/dist/tailwind.min.css": {Data: []byte("/* the app's Tailwind */")}}
	app := jp.NewApp(jp.WithAssets(folder))
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.Div(jp.Text("hi"), jp.In(wp))
		return wp
	})
	b := newBrowser(t, serve(t, app))
	_, body := b.get("/")
	const href = `href="/_jp/lib/tailwindcss@2.2.19/dist/tailwind.min.css"`
	if !strings.Contains(body, href) {
		t.Fatalf("no %s in %s", href, body)
	}
	resp, css := b.get("/_jp/lib/tailwindcss@2.2.19/dist/tailwind.min.css")
	if resp.StatusCode != 200 || css != "/* the app's Tailwind */" || !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("%d %q %v", resp.StatusCode, css, resp.Header)
	}
	for _, path := range []string{"/_jp/lib/tailwindcss@2.2.19/../../justpy.env", "/_jp/lib/tailwindcss@2.2.19/dist/other.css"} {
		if resp, _ := b.get(path); resp.StatusCode == 200 {
			t.Errorf("%s: %d", path, resp.StatusCode)
		}
	}
}

// An app's own library: pages with its element link its files, under the
// app's base, and pages without one do not.
func TestWithLibrary(t *testing.T) {
	app := jp.NewApp(jp.WithLibrary("my-map", jp.StyleFile("/static/map.css"), jp.ScriptFile("https://cdn.example/map.js"),
		jp.ModuleFile("/static/my-map.js")), jp.WithLibrary("x-", jp.ModuleFile("/static/x.js")))
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.Tag("my-map", jp.In(wp))
		jp.Tag("x-thing", jp.In(wp))
		return wp
	})
	jp.Route(app, "/plain", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.Div(jp.Text("plain"), jp.In(wp))
		return wp
	})
	b := newBrowser(t, serve(t, app))
	_, body := b.get("/")
	for _, want := range []string{`<link rel="stylesheet" href="/static/map.css">`, `<script src="https://cdn.example/map.js" defer></script>`,
		`<script type="module" src="/static/my-map.js"></script>`, `<script type="module" src="/static/x.js"></script>`} {
		if !strings.Contains(body, want) {
			t.Errorf("no %s in %s", want, body)
		}
	}
	if _, body := b.get("/plain"); strings.Contains(body, "map") {
		t.Errorf("a page without the element links its files: %s", body)
	}
}
