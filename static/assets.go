package static

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/justgo/justgo/internal/wire"
)

// asset is an embedded file served gzipped to browsers that take it. Its
// hash and compressed copy are made when first needed; the file itself is
// read from the binary each time, never copied whole into memory.
type asset struct {
	open  func() (io.ReadSeeker, error)
	ctype string

	once     sync.Once
	version  string
	notFound bool

	gzOnce sync.Once
	gz     []byte
}

func (a *asset) init() {
	a.once.Do(func() {
		if a.notFound {
			return
		}
		f, err := a.open()
		if err != nil {
			a.notFound = true
			return
		}
		h := sha256.New()
		io.Copy(h, f)
		a.version = hex.EncodeToString(h.Sum(nil)[:6])
	})
}

func (a *asset) gzipped() []byte {
	a.gzOnce.Do(func() {
		f, err := a.open()
		if err != nil {
			return
		}
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		io.Copy(w, f)
		w.Close()
		a.gz = b.Bytes()
	})
	return a.gz
}

// serve writes the file; immutable says its URL names this content for
// good, so that browsers may keep it a year without asking again.
func (a *asset) serve(w http.ResponseWriter, r *http.Request, immutable bool) {
	a.init()
	if a.notFound {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Add("Vary", "Accept-Encoding")
	if immutable {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	if compressible(a.ctype) && acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		http.ServeContent(w, r, "", BuildTime, bytes.NewReader(a.gzipped()))
		return
	}
	f, err := a.open()
	if err != nil {
		http.NotFound(w, r)
		return
	}
	http.ServeContent(w, r, "", BuildTime, f)
}

// compressible is what gzip makes smaller: text, not fonts or images.
func compressible(ctype string) bool {
	return strings.HasPrefix(ctype, "text/") || strings.Contains(ctype, "json") || strings.Contains(ctype, "svg")
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		if strings.TrimSpace(strings.SplitN(part, ";", 2)[0]) == "gzip" {
			return true
		}
	}
	return false
}

// ClientFile is the browser client's name under wire.Prefix.
const ClientFile = "client.js"

// LibPrefix is where, under wire.Prefix, an App serves the libraries' files:
// LibPrefix + Library.Dir() + "/" + file.
const LibPrefix = "lib/"

// JustGo's own scripts beside the client, by name under wire.Prefix, each
// loaded only by the pages that need it; each is immutable when asked for
// with its hash.
const (
	// IconsFile points Web Awesome's icons at the App's own copy of Font
	// Awesome's (FontAwesomeIcons); its URLs are relative to its own, so it
	// serves under any base.
	IconsFile = "wa-icons.js"
	// EChartFile defines <jp-echart> over ECharts (package chart).
	EChartFile = "echart.js"
	// AgGridFile defines <jp-aggrid> over AG Grid (package grid).
	AgGridFile = "aggrid.js"
	// EquationFile defines <jp-equation> over KaTeX (package equation).
	EquationFile = "equation.js"
)

//go:embed adapters/echart.js
var echartJS []byte

//go:embed adapters/aggrid.js
var agGridJS []byte

//go:embed adapters/equation.js
var equationJS []byte

var scripts = map[string]*asset{
	ClientFile: script(Client),
	IconsFile: script([]byte(`import { setIconPath } from "./` + LibPrefix + WebAwesome.Dir() + `/dist-cdn/webawesome.loader.js";
setIconPath(new URL("./` + LibPrefix + FontAwesomeIcons.Dir() + `/svgs", import.meta.url).pathname);
`)),
	EChartFile:   script(strip(echartJS)),
	AgGridFile:   script(strip(agGridJS)),
	EquationFile: script(strip(equationJS)),
}

func script(js []byte) *asset {
	return &asset{open: func() (io.ReadSeeker, error) { return bytes.NewReader(js), nil }, ctype: "text/javascript; charset=utf-8"}
}

// ScriptURL is the URL under base of one of JustGo's own scripts
// (ClientFile, IconsFile, EChartFile, AgGridFile, EquationFile), with its hash.
func ScriptURL(base, name string) string {
	s := scripts[name]
	s.init()
	return base + wire.Prefix[1:] + name + "?v=" + s.version
}

// Assets serves what an App serves under wire.Prefix besides its endpoints:
// the client, and the libraries' files found in its folders — what
// `justgo assets` fetched, embedded with //go:embed. A file is looked for in
// each folder in turn.
type Assets struct {
	folders []fs.FS
	files   sync.Map // name within the folders → *asset, found or not
	links   sync.Map // linkKey → *link: what URL works out, kept as every page asks again
}

// linkKey names one of a library's files by the library's package and
// version (a Library made anew for each page names the same ones): the
// libraries an app links are few, and so are their files.
type linkKey struct{ pkg, version, file string }

// link is where a page links a library's file: the CDN's URL, and its path
// within the app once a folder is found to hold it (one missing now may be
// there later, and is looked for again).
type link struct {
	cdn   string
	local atomic.Pointer[string]
}

// NewAssets returns the Assets of the given folders. A folder holds the
// libraries' folders ("tailwindcss@2.2.19/…") at its root or under
// "assets/", so that an embed.FS of a folder named assets serves as it is.
func NewAssets(folders ...fs.FS) *Assets {
	a := &Assets{}
	for _, f := range folders {
		if f == nil {
			continue
		}
		if st, err := fs.Stat(f, "assets"); err == nil && st.IsDir() {
			f, _ = fs.Sub(f, "assets")
		}
		a.folders = append(a.folders, f)
	}
	return a
}

// Embedded is the Assets of JustGo's own folder (Local): what `make assets`
// fetched into JustGo's checkout, nothing in a module that depends on it.
var Embedded = NewAssets(Local)

func (a *Assets) file(name string) *asset {
	if f, ok := a.files.Load(name); ok {
		return f.(*asset)
	}
	var dir fs.FS
	for _, d := range a.folders {
		if st, err := fs.Stat(d, name); err == nil && !st.IsDir() {
			dir = d
			break
		}
	}
	if dir == nil { // not kept: names asked for at random must not fill memory
		return &asset{notFound: true, open: func() (io.ReadSeeker, error) { return nil, fs.ErrNotExist }}
	}
	f := &asset{ctype: contentType(name), open: func() (io.ReadSeeker, error) {
		f, err := dir.Open(name)
		if err != nil {
			return nil, err
		}
		if rs, ok := f.(io.ReadSeeker); ok { // embedded and os files seek
			return rs, nil
		}
		defer f.Close()
		b, err := io.ReadAll(f)
		return bytes.NewReader(b), err
	}}
	got, _ := a.files.LoadOrStore(name, f)
	return got.(*asset)
}

// Has reports whether the folders hold one of a library's files.
func (a *Assets) Has(l *Library, file string) bool {
	f := a.file(l.Dir() + "/" + file)
	f.init()
	return !f.notFound
}

// URL is where a page links one of a library's files: the App's own copy,
// under base, when local is set and the folders hold it, the CDN otherwise.
func (a *Assets) URL(base string, local bool, l *Library, file string) string {
	k := linkKey{l.Package, l.Version, file}
	v, ok := a.links.Load(k)
	if !ok {
		v, _ = a.links.LoadOrStore(k, &link{cdn: l.CDN(file)})
	}
	ln := v.(*link)
	if !local {
		return ln.cdn
	}
	if p := ln.local.Load(); p != nil {
		return base + *p
	}
	if a.Has(l, file) {
		p := wire.Prefix[1:] + LibPrefix + l.Dir() + "/" + file
		ln.local.Store(&p)
		return base + p
	}
	return ln.cdn
}

// Missing names the files of the given libraries the folders lack, as
// "tailwindcss@2.2.19/dist/tailwind.min.css".
func (a *Assets) Missing(libs ...*Library) []string {
	var out []string
	for _, l := range libs {
		for _, f := range l.Files {
			if strings.HasSuffix(f, "/") {
				if !a.hasDir(l.Dir() + "/" + strings.TrimSuffix(f, "/")) {
					out = append(out, l.Dir()+"/"+f)
				}
			} else if !a.Has(l, f) {
				out = append(out, l.Dir()+"/"+f)
			}
		}
	}
	return out
}

func (a *Assets) hasDir(name string) bool {
	for _, d := range a.folders {
		if st, err := fs.Stat(d, name); err == nil && st.IsDir() {
			return true
		}
	}
	return false
}

// ClientURL is the client's URL under base; it carries the client's hash,
// so that a browser keeps it until JustGo changes.
func ClientURL(base string) string { return ScriptURL(base, ClientFile) }

// ServeHTTP serves the client at wire.Prefix+ClientFile and the libraries'
// files under wire.Prefix+LibPrefix, the request's path being the whole
// path the App sees. A library's files are immutable (their path names the
// version); the client is, when asked for with its hash.
func (a *Assets) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name, ok := strings.CutPrefix(r.URL.Path, wire.Prefix)
	switch {
	case ok && scripts[name] != nil:
		s := scripts[name]
		s.init()
		s.serve(w, r, r.URL.Query().Get("v") == s.version)
	case ok && strings.HasPrefix(name, LibPrefix) && fs.ValidPath(name[len(LibPrefix):]):
		a.file(name[len(LibPrefix):]).serve(w, r, true)
	default:
		http.NotFound(w, r)
	}
}

// contentType is mime's type for a name, with the fonts and scripts
// systems may not list.
func contentType(name string) string {
	switch path.Ext(name) {
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".woff2":
		return "font/woff2"
	case ".woff":
		return "font/woff"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}
