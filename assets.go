package jp

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"

	"github.com/justgo/justgo/static"
)

// asset is an embedded file served with a long cache life (its URL carries
// a hash of its content) and gzip for browsers that take it. The hash and
// the compressed copy are made when first needed.
type asset struct {
	load  func() []byte
	ctype string

	once     sync.Once
	raw      []byte
	version  string
	notFound bool

	gzOnce sync.Once
	gz     []byte
}

func (a *asset) init() {
	a.once.Do(func() {
		a.raw = a.load()
		if a.raw == nil {
			a.notFound = true
			return
		}
		sum := sha256.Sum256(a.raw)
		a.version = hex.EncodeToString(sum[:6])
	})
}

func (a *asset) gzipped() []byte {
	a.gzOnce.Do(func() {
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		w.Write(a.raw)
		w.Close()
		a.gz = b.Bytes()
	})
	return a.gz
}

// Version is the hash that the asset's URLs carry.
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
	body := a.raw
	if acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		body = a.gzipped()
	}
	http.ServeContent(w, r, "", static.BuildTime, bytes.NewReader(body))
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		if strings.TrimSpace(strings.SplitN(part, ";", 2)[0]) == "gzip" {
			return true
		}
	}
	return false
}

// assets are JustGo's embedded files, by name under /_jp/.
type assets map[string]*asset

// embedded is the one table of the binary's files, shared by every App.
var embedded = newAssets()

func newAssets() assets {
	a := assets{"client.js": {load: func() []byte { return static.Client }, ctype: "text/javascript; charset=utf-8"}}
	for _, name := range []string{static.TailwindFile, static.TailwindDarkFile} {
		a["local/"+name] = &asset{load: func() []byte {
			b, err := fs.ReadFile(static.Local, name)
			if err != nil {
				return nil
			}
			return b
		}, ctype: mime.TypeByExtension(path.Ext(name))}
	}
	return a
}

// url returns the versioned URL of an asset under base.
func (a assets) url(base, name string) string {
	return base + internalPrefix[1:] + name + "?v=" + a[name].Version()
}
