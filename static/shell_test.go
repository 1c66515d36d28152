package static

import (
	"fmt"
	"html/template"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/justgo/justgo/internal/wire"
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

// The document is written by hand; html/template, with the shell it was
// written by before (testdata/shell.tmpl), says what each value must
// become where it stands. Hostile values included, the two agree byte for
// byte.
func TestDocumentAsHTMLTemplateWritesIt(t *testing.T) {
	oracle := template.Must(template.ParseFiles("testdata/shell.tmpl"))
	hostile := `x"><script>alert('1')</script>&amp;+` + "\x00é"
	docs := []*Document{
		{Base: "/"},
		{Base: "/app/", Title: "Dash", Tailwind: true, Dark: true, PageID: "P1", Version: 3, Body: []byte(`<p>hi</p>`),
			Events: []string{"page_ready", "visibilitychange"}, HTTPEvents: true, ReloadMS: 500, Rejoin: "tok.en",
			URL: "/shown?a=1&b=2", UploadFileBytes: 10, UploadBytes: 50, Favicon: "/favicon.ico",
			Load: []wire.Asset{{Kind: wire.AssetStyle, URL: "/x.css"}, {Kind: wire.AssetModule, URL: "https://cdn/m.js"}, {Kind: wire.AssetScript, URL: "/s.js?v=1"}}},
		{Base: "/", Title: hostile, Favicon: hostile, CSS: `p::before{content:"</style><b>"}`, HeadHTML: `<meta name="a">`,
			BodyHTML: `<i>end</i>`, BodyClasses: hostile, BodyStyle: hostile, PageID: hostile, URL: hostile, Rejoin: hostile,
			Events: []string{hostile}},
		{Base: "/", Favicon: "javascript:alert(1)", URL: "JavaScript:alert(1)", Load: []wire.Asset{{Kind: wire.AssetScript, URL: "data:text/javascript,1"}}},
		{Base: "/", Favicon: "/x%41", URL: "/y%4"},
		{Base: "/", Favicon: "/a b/%41%zz/ü?q=a+b#f", URL: "mailto:a@b.c", Load: []wire.Asset{{Kind: wire.AssetStyle, URL: "//cdn/x'y.css"}}},
	}
	for i, d := range docs {
		var want strings.Builder
		if err := oracle.Execute(&want, oracleData(d)); err != nil {
			t.Fatal(err)
		}
		w := httptest.NewRecorder()
		if err := WritePage(w, d); err != nil {
			t.Fatal(err)
		}
		if got := w.Body.String(); got != want.String() {
			t.Errorf("document %d:\n got %s\nwant %s", i, got, want.String())
		}
	}
}

// oracleData is what the shell template was given for d.
func oracleData(d *Document) any {
	type shellData struct {
		Title, Favicon                string
		Stylesheets, Modules, Scripts []string
		CSS                           template.CSS
		HeadHTML, BodyHTML            template.HTML
		BodyClasses                   string
		BodyStyle                     template.CSS
		Dark                          bool
		DarkClasses, PageID           string
		Version                       uint64
		Rejoin, Base, URL             string
		Body                          template.HTML
		HTTPEvents                    bool
		ReloadMS                      int64
		PageEvents, Upload, ClientURL string
	}
	data := shellData{
		Title: d.Title, Favicon: d.Favicon, CSS: template.CSS(styleText(d.CSS)),
		HeadHTML: template.HTML(d.HeadHTML), BodyHTML: template.HTML(d.BodyHTML),
		BodyClasses: d.BodyClasses, BodyStyle: template.CSS(d.BodyStyle), Dark: d.Dark,
		DarkClasses: wire.ClassDark + " " + wire.ClassDarkTheme,
		PageID:      d.PageID, Version: d.Version, Rejoin: d.Rejoin, Base: d.Base, URL: d.URL,
		Body: template.HTML(d.Body), ClientURL: ClientURL(d.Base),
		HTTPEvents: d.HTTPEvents, ReloadMS: d.ReloadMS, PageEvents: strings.Join(d.Events, " "),
		Upload: fmt.Sprintf("%d,%d", d.UploadFileBytes, d.UploadBytes),
	}
	if data.Title == "" {
		data.Title = "JustGo"
	}
	if d.Tailwind {
		tw := "dist/tailwind.min.css"
		if d.Dark {
			tw = "dist/tailwind-dark.min.css"
		}
		data.Stylesheets = []string{d.Link(&Tailwind, tw), d.Link(&Animate, "animate.min.css"), d.Link(&FontAwesome, "css/all.min.css")}
	}
	for _, a := range d.Load {
		switch a.Kind {
		case wire.AssetStyle:
			data.Stylesheets = append(data.Stylesheets, a.URL)
		case wire.AssetModule:
			data.Modules = append(data.Modules, a.URL)
		case wire.AssetScript:
			data.Scripts = append(data.Scripts, a.URL)
		}
	}
	return data
}
