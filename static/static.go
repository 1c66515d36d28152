// Package static holds what JustGo serves besides pages: the browser client,
// the page shell and, when `make assets` fetched them, the stylesheets pages
// link (Tailwind, animate.css, Font Awesome and its fonts). Everything is
// embedded in the binary.
package static

import (
	"embed"
	"html/template"
	"io/fs"
	"time"
)

//go:embed client.js
var Client []byte

// BuildTime stands for the embedded files' modification time.
var BuildTime = time.Now()

//go:embed shell.html
var shellText string

// Shell is the HTML document around a page's rendered components.
var Shell = template.Must(template.New("shell").Parse(shellText))

// ShellData fills Shell.
type ShellData struct {
	Title         string
	Favicon       string
	Stylesheets   []string      // stylesheets to link (Tailwind, animate.css)
	CSS           template.CSS  // the page's own style sheet
	HeadHTML      template.HTML // extra head HTML from the page
	BodyHTML      template.HTML // extra HTML at the end of the body
	BodyClasses   string
	BodyStyle     template.CSS
	Dark          bool
	PageID        string
	Version       uint64
	Base          string // the path JustGo is mounted at, ending in "/"
	URL           string // display_url at load, or ""
	Body          template.HTML
	HTTPEvents    bool   // events go by HTTP POST, not a websocket
	PageEvents    string // the page events the server listens for
	Upload        string // the upload limits: bytes per file and per submit
	ClientVersion string
}

//go:embed all:local
var local embed.FS

// Local holds the assets `make assets` fetched (git-ignored), possibly none.
var Local, _ = fs.Sub(local, "local")

// Tailwind's stylesheets within Local; the dark one is a superset with the
// dark: variants.
const (
	TailwindFile     = "tailwind.min.css"
	TailwindDarkFile = "tailwind-dark.min.css"
)

// TailwindCDN is where Tailwind's stylesheets are when they are not local.
const TailwindCDN = "https://cdn.jsdelivr.net/npm/tailwindcss@2.2.19/dist/"

// FontAwesomeFile is Font Awesome 5's stylesheet within Local (its fonts
// beside it, in ../webfonts/); FontAwesomeCDN is where it is when it is not
// local. JustPy links both, and Icon needs them.
const (
	FontAwesomeFile = "fontawesome/css/all.min.css"
	FontAwesomeCDN  = "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@5.9.0/css/all.min.css"
)

// AnimateFile is animate.css (3.7, the version JustPy's animation names
// follow) within Local; AnimateCDN is where it is when it is not local.
const (
	AnimateFile = "animate.min.css"
	AnimateCDN  = "https://cdn.jsdelivr.net/npm/animate.css@3.7.0/"
)

// HasLocal reports whether the binary carries the named asset.
func HasLocal(name string) bool {
	_, err := fs.Stat(Local, name)
	return err == nil
}
