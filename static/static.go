// Package static holds what JustGo serves besides pages: the browser client,
// the page shell and, when `make assets` fetched it, Tailwind's stylesheet.
// Everything is embedded in the binary.
package static

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
)

//go:embed client.js
var Client []byte

// ClientVersion changes whenever the client does; URLs carry it so that
// browsers may cache the client for good.
var ClientVersion = func() string {
	sum := sha256.Sum256(Client)
	return hex.EncodeToString(sum[:6])
}()

//go:embed shell.html
var shellText string

// Shell is the HTML document around a page's rendered components.
var Shell = template.Must(template.New("shell").Parse(shellText))

// ShellData fills Shell.
type ShellData struct {
	Title         string
	Stylesheet    string        // a stylesheet to link (Tailwind), or ""
	Head          template.HTML // extra head HTML from the page
	PageID        string
	Version       uint64
	Base          string // the path JustGo is mounted at, ending in "/"
	URL           string // display_url at load, or ""
	Body          template.HTML
	ClientVersion string
}

//go:embed all:local
var local embed.FS

// Local holds the assets `make assets` fetched (git-ignored), possibly none.
var Local, _ = fs.Sub(local, "local")

// TailwindFile is Tailwind's stylesheet within Local.
const TailwindFile = "tailwind.min.css"

// HasTailwind reports whether the binary carries Tailwind's stylesheet.
func HasTailwind() bool {
	_, err := fs.Stat(Local, TailwindFile)
	return err == nil
}
