package static

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"

	"github.com/justgo/justgo/internal/wire"
)

// asset is an embedded file served with a long cache life (its URL carries
// a hash of its content) and gzip for browsers that take it. The hash and
// the compressed copy are made when first needed; the file itself is read
// from the binary each time, never copied whole into memory.
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

// Version is the hash that the asset's URLs carry, "" when the binary does
// not carry the file.
func (a *asset) Version() string {
	a.init()
	return a.version
}

func (a *asset) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a.init()
	if a.notFound {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Add("Vary", "Accept-Encoding")
	if r.URL.Query().Get("v") == a.version {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	if acceptsGzip(r) {
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

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		if strings.TrimSpace(strings.SplitN(part, ";", 2)[0]) == "gzip" {
			return true
		}
	}
	return false
}

// ClientFile is the browser client's name among the Assets.
const ClientFile = "client.js"

// embedded is the one table of the binary's files, by name under
// wire.Prefix, shared by every App; it never changes once made.
var embedded = newAssets()

func newAssets() map[string]*asset {
	a := map[string]*asset{ClientFile: {
		open:  func() (io.ReadSeeker, error) { return bytes.NewReader(Client), nil },
		ctype: "text/javascript; charset=utf-8",
	}}
	// What `make assets` fetched, whatever it is; the stylesheets the
	// shell links are there even when missing, so that they read as absent.
	names := []string{TailwindFile, TailwindDarkFile, AnimateFile, FontAwesomeFile}
	fs.WalkDir(Local, ".", func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasPrefix(path.Base(name), ".") {
			names = append(names, name)
		}
		return nil
	})
	for _, name := range names {
		a["local/"+name] = &asset{open: func() (io.ReadSeeker, error) {
			f, err := Local.Open(name)
			if err != nil {
				return nil, err
			}
			return f.(io.ReadSeeker), nil // embedded files seek
		}, ctype: contentType(name)}
	}
	return a
}

// Assets returns the handlers of the embedded files by name, to serve
// under wire.Prefix: the client (ClientFile) and, as "local/" and their
// name in Local, the files `make assets` fetched. Each serves with a long
// cache life when the URL's ?v= is the file's hash (as the URLs the shell
// writes are), and gzipped to browsers that take it. The map is the
// caller's; the handlers are shared.
func Assets() map[string]http.Handler {
	m := make(map[string]http.Handler, len(embedded))
	for name, a := range embedded {
		m[name] = a
	}
	return m
}

// contentType is mime's type for a name, with the fonts systems may not
// list.
func contentType(name string) string {
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	switch path.Ext(name) {
	case ".woff2":
		return "font/woff2"
	case ".woff":
		return "font/woff"
	}
	return "application/octet-stream"
}

// assetURL returns the versioned URL of an embedded file under base, or ""
// when the binary does not carry it.
func assetURL(base, name string) string {
	a, ok := embedded[name]
	if !ok || a.Version() == "" {
		return ""
	}
	return base + wire.Prefix[1:] + name + "?v=" + a.Version()
}
