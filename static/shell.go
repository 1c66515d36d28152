package static

import (
	"net/http"
	"strings"

	"github.com/justgo/justgo/internal/wire"
)

// Document is what a page's HTML document is made of: the page's parts, as
// a WebPage holds them, and the App's settings its client reads. It holds
// values only, so that static needs neither the App nor the page model.
type Document struct {
	Base        string // the path the App is mounted at, ending in "/" (see BasePath)
	Title       string // "JustGo" when empty
	Favicon     string
	CSS         string // the page's own style sheet; it cannot close its <style>
	HeadHTML    string // extra head HTML, written as it is
	BodyHTML    string // extra HTML at the end of the body, written as it is
	BodyClasses string
	BodyStyle   string
	Dark        bool
	Tailwind    bool // link Tailwind, animate.css and Font Awesome
	// Load is the library files the page's components need: stylesheets in
	// the head, scripts after the client, so that it sees the page before
	// any component changes it.
	Load []wire.Asset

	PageID  string
	Version uint64
	Rejoin  string   // the signed token another instance rebuilds the page from, or ""
	URL     string   // display_url at load, or ""
	Body    []byte   // the rendered components
	Events  []string // the page events the server listens for

	HTTPEvents  bool    // events go by HTTP POST, not a websocket
	ReloadMS    int64   // with HTTPEvents: milliseconds between asks for what changed, or 0
	LocalAssets bool    // NO_INTERNET: link the App's own copies of libraries when it has them
	Assets      *Assets // the App's files (Embedded when nil)
	// The upload limits, which the client checks before it sends a file.
	UploadFileBytes, UploadBytes int64
}

// WritePage writes the document d, never to be cached: it names a page
// that lives only as long as the server keeps it.
func WritePage(w http.ResponseWriter, d *Document) error {
	b := shellBuffers.Get().(*shellBuffer)
	defer shellBuffers.Put(b)
	b.reset()
	b.document(d)
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	_, err := w.Write(b.buf)
	return err
}

// Link is the URL the page links one of a library's files at: the App's
// own copy under NO_INTERNET when it has one, the CDN's otherwise.
func (d *Document) Link(l *Library, file string) string {
	a := d.Assets
	if a == nil {
		a = Embedded
	}
	return a.URL(d.Base, d.LocalAssets, l, file)
}

// BasePath is the path the App is mounted at, ending in "/": what
// http.StripPrefix took off the request's path, behind what a reverse proxy
// stripped and names in X-Forwarded-Prefix. Every URL a page uses is built
// on it.
func BasePath(r *http.Request) string {
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

// NotFound writes the page for paths nothing claims, when the App has no
// default page function.
func NotFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	w.Write([]byte(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not Found</title></head>` +
		`<body style="font-family:system-ui,sans-serif;margin:2rem"><h1>404</h1><p>This page does not exist.</p></body></html>`))
}
