package jp_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/static"
)

func TestMountedAppKeepsItsURLsUnderThePrefix(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.P(jp.Text("page"), jp.In(wp))
		return wp
	})
	jp.Route(app, "/go", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		wp.Redirect = "/login_test"
		return wp
	})
	mux := http.NewServeMux()
	mux.Handle("/app/", http.StripPrefix("/app", app))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	defer app.Close()
	b := newBrowser(t, srv)
	_, body := b.get("/app/anything")
	for _, want := range []string{`data-jp-base="/app/"`, `src="/app/_jp/client.js?v=`} {
		if !strings.Contains(body, want) {
			t.Errorf("no %s in %s", want, body)
		}
	}
	if resp, _ := b.get("/app/go"); resp.StatusCode != 303 || resp.Header.Get("Location") != "/app/login_test" {
		t.Errorf("redirect: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	if resp, _ := b.get("/app/_jp/client.js"); resp.StatusCode != 200 {
		t.Errorf("client under the prefix: %d", resp.StatusCode)
	}
}

func TestNotFoundWithoutDefault(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/only", func(r *jp.Request) *jp.WebPage { return jp.NewWebPage() })
	b := newBrowser(t, serve(t, app))
	if resp, body := b.get("/other"); resp.StatusCode != 404 || !strings.Contains(body, "does not exist") {
		t.Errorf("%d %s", resp.StatusCode, body)
	}
	if resp, _ := b.get("/only"); resp.StatusCode != 200 {
		t.Errorf("/only: %d", resp.StatusCode)
	}
}

func TestRespondWithAPlainHandler(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "GET /api/item/{id}", func(r *jp.Request) *jp.WebPage {
		if r.PathValue("id") == "0" {
			return jp.Respond(http.NotFoundHandler())
		}
		return jp.Respond(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(map[string]string{"id": r.PathValue("id"), "q": r.QueryParams.Get("q"), "session": r.SessionID})
		}))
	})
	b := newBrowser(t, serve(t, app))
	resp, body := b.get("/api/item/7?q=x")
	var got map[string]string
	if json.Unmarshal([]byte(body), &got); resp.StatusCode != 200 || got["id"] != "7" || got["q"] != "x" || got["session"] == "" {
		t.Errorf("%d %s", resp.StatusCode, body)
	}
	if resp, _ := b.get("/api/item/0"); resp.StatusCode != 404 {
		t.Errorf("%d", resp.StatusCode)
	}
	// Nothing claims a POST there: the 404 page, not the GET route.
	if resp, err := b.hc.Post(b.base+"/api/item/7", "text/plain", nil); err != nil || resp.StatusCode != http.StatusNotFound {
		t.Errorf("POST to a GET route: %v %v", resp, err)
	}
}

func TestPageHead(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		wp.Title, wp.Favicon, wp.CSS = "Dash <1>", "/static/icon.png", "p { color: red }"
		wp.HeadHTML, wp.BodyHTML = `<meta name="x" content="y">`, `<footer>foot</footer>`
		wp.BodyClasses, wp.BodyStyle, wp.Dark = "bg-gray-100", "margin: 0", true
		return wp
	})
	jp.Route(app, "/plain", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		wp.Tailwind = false
		return wp
	})
	b := newBrowser(t, serve(t, app))
	_, body := b.get("/")
	for _, want := range []string{`<html lang="en" class="dark wa-dark">`, `<title>Dash &lt;1&gt;</title>`, `<link rel="icon" href="/static/icon.png">`,
		`<style>p { color: red }</style>`, `<meta name="x" content="y">`, `<footer>foot</footer>`,
		`<body class="bg-gray-100" style="margin: 0">`, `tailwind-dark.min.css`} {
		if !strings.Contains(body, want) {
			t.Errorf("no %s in\n%s", want, body)
		}
	}
	if _, body := b.get("/plain"); strings.Contains(body, "tailwind") {
		t.Errorf("Tailwind linked on a page without it: %s", body)
	}
}

func TestTailwindLocalOrCDN(t *testing.T) {
	for _, noInternet := range []bool{true, false} {
		cfg := jp.DefaultConfig()
		cfg.NoInternet = noInternet
		_, app := tallyApp(t, jp.WithConfig(cfg))
		b := newBrowser(t, serve(t, app))
		_, body := b.get("/")
		href := regexp.MustCompile(`<link rel="stylesheet" href="([^"]+)"`).FindStringSubmatch(body)
		if href == nil {
			t.Fatalf("no stylesheet in %s", body)
		}
		local := static.Embedded.Has(&static.Tailwind, "dist/tailwind.min.css") && noInternet
		switch {
		case local && href[1] != "/_jp/lib/tailwindcss@2.2.19/dist/tailwind.min.css":
			t.Errorf("NO_INTERNET with a local copy links %s", href[1])
		case !local && href[1] != static.Tailwind.CDN("dist/tailwind.min.css"):
			t.Errorf("NO_INTERNET=%v without a local copy links %s", noInternet, href[1])
		}
		if local {
			if resp, css := b.get(strings.ReplaceAll(href[1], "&amp;", "&")); resp.StatusCode != 200 || !strings.Contains(css, "tailwindcss") {
				t.Errorf("local Tailwind: %d", resp.StatusCode)
			}
		}
	}
}

// Font Awesome's stylesheet finds its fonts where it expects them.
func TestFontAwesomeLocalOrCDN(t *testing.T) {
	_, app := tallyApp(t)
	b := newBrowser(t, serve(t, app))
	_, body := b.get("/")
	re := regexp.MustCompile(`<link rel="stylesheet" href="([^"]*fontawesome[^"]*)"`)
	href := re.FindStringSubmatch(body)
	if href == nil {
		t.Fatalf("no Font Awesome in %s", body)
	}
	if !static.Embedded.Has(&static.FontAwesome, "css/all.min.css") {
		if href[1] != static.FontAwesome.CDN("css/all.min.css") {
			t.Errorf("without a local copy: %s", href[1])
		}
		return
	}
	resp, css := b.get(strings.ReplaceAll(href[1], "&amp;", "&"))
	font := regexp.MustCompile(`url\((\.\./webfonts/fa-solid-900\.woff2)\)`).FindStringSubmatch(css)
	if resp.StatusCode != 200 || font == nil {
		t.Fatalf("local Font Awesome: %d, font %v", resp.StatusCode, font)
	}
	u, _ := url.Parse(href[1])
	resp, woff := b.get(u.ResolveReference(&url.URL{Path: font[1]}).Path)
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "font/woff2" || !strings.HasPrefix(woff, "wOF2") {
		t.Errorf("the font: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
}
