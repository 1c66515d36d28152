package static

import (
	"embed"
	"io/fs"
	"time"
)

//go:embed client.js
var Client []byte

// BuildTime stands for the embedded files' modification time.
var BuildTime = time.Now()

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
