package jp

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"strings"

	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/static"
)

// basePath is the path the App is mounted at, ending in "/": what
// http.StripPrefix took off the request's path, behind what a reverse proxy
// stripped and names in X-Forwarded-Prefix. Every URL a page uses is built
// on it.
func basePath(r *http.Request) string {
	base := cleanPrefix(r.Header.Get("X-Forwarded-Prefix"))
	uri := r.RequestURI
	if i := strings.IndexByte(uri, '?'); i >= 0 {
		uri = uri[:i]
	}
	if esc := r.URL.EscapedPath(); strings.HasSuffix(uri, esc) {
		base += cleanPrefix(uri[:len(uri)-len(esc)])
	}
	return base + "/"
}

// cleanPrefix keeps a path prefix that is safe in any URL we write, or "".
func cleanPrefix(p string) string {
	p = strings.TrimRight(p, "/")
	if p == "" || p[0] != '/' || strings.HasPrefix(p, "//") {
		return ""
	}
	for _, r := range p {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("/-._~%", r)) {
			return ""
		}
	}
	return p
}

// inApp turns a path within the app ("/login_test") into one under base;
// relative and absolute URLs stay as they are.
func inApp(base, u string) string {
	if strings.HasPrefix(u, "/") && !page.LeavesApp(u) {
		return base + u[1:]
	}
	return u
}

// writePage writes the document for a rendered page.
func (a *App) writePage(w http.ResponseWriter, wp *WebPage, base string, body []byte, version uint64) error {
	data := static.ShellData{
		Title: wp.Title, Favicon: wp.Favicon, CSS: styleText(wp.CSS),
		HeadHTML: template.HTML(wp.HeadHTML), BodyHTML: template.HTML(wp.BodyHTML),
		BodyClasses: wp.BodyClasses, BodyStyle: template.CSS(wp.BodyStyle), Dark: wp.Dark,
		PageID: wp.ID(), Version: version, Base: base, URL: wp.DisplayURL,
		Body: template.HTML(body), ClientVersion: a.assets["client.js"].Version(),
		HTTPEvents: wp.NoWebsockets || !a.cfg.Websockets,
		PageEvents: strings.Join(wp.Events(), " "),
		Upload:     fmt.Sprintf("%d,%d", a.cfg.MaxUploadFileBytes, a.cfg.MaxUploadBytes),
	}
	if data.Title == "" {
		data.Title = "JustGo"
	}
	if wp.Tailwind {
		tw := static.TailwindFile
		if wp.Dark {
			tw = static.TailwindDarkFile
		}
		data.Stylesheets = []string{
			a.localOrCDN(base, tw, static.TailwindCDN+tw),
			a.localOrCDN(base, static.AnimateFile, static.AnimateCDN+static.AnimateFile),
			a.localOrCDN(base, static.FontAwesomeFile, static.FontAwesomeCDN),
		}
	}
	var out bytes.Buffer
	if err := static.Shell.Execute(&out, data); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	_, err := w.Write(out.Bytes())
	return err
}

// styleText makes a page's CSS safe inside <style>, which html/template
// leaves as it is: "</style>" would end the element and let markup in. No
// CSS has "</" outside strings and comments, and in a string \3c is CSS's
// escape for "<" (a lone "<" stays: media queries compare with it).
func styleText(css string) template.CSS {
	return template.CSS(strings.ReplaceAll(css, "</", `\3c /`))
}

// localOrCDN links the binary's own copy of a stylesheet under NO_INTERNET
// when `make assets` put it there, and the CDN's otherwise.
func (a *App) localOrCDN(base, name, cdnURL string) string {
	if a.cfg.NoInternet && a.assets["local/"+name].Version() != "" {
		return a.assets.url(base, "local/"+name)
	}
	return cdnURL
}

// notFound is the page for paths nothing claims when the App has no default
// page function.
func notFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	w.Write([]byte(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not Found</title></head>` +
		`<body style="font-family:system-ui,sans-serif;margin:2rem"><h1>404</h1><p>This page does not exist.</p></body></html>`))
}
