package npm

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/justgo/justgo/static"
)

// tarball is an npm package's tarball holding files under package/.
func tarball(t *testing.T, files map[string]string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	tw := tar.NewWriter(zw)
	for name, body := range files {
		tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg})
		tw.Write([]byte(body))
	}
	tw.Close()
	zw.Close()
	return b.Bytes()
}

func pin(tgz []byte) string {
	sum := sha512.Sum512(tgz)
	return "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}

func TestFetch(t *testing.T) {
	tgz := tarball(t, map[string]string{
		"package/dist/lib.min.js":    "lib()",
		"package/dist/lib.js":        "unminified",
		"package/dist/fonts/a.woff2": "wOF2",
		"package/dist/fonts/a.ttf":   "ttf",
		"package/LICENSE":            "MIT",
		"package/../../evil":         "no",
	})
	var asked atomic.Int32
	reg := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked.Add(1)
		if r.URL.Path != "/@scope/lib/-/lib-1.2.3.tgz" {
			http.NotFound(w, r)
			return
		}
		w.Write(tgz)
	}))
	defer reg.Close()
	lib := &static.Library{Package: "@scope/lib", Version: "1.2.3", Integrity: pin(tgz),
		Files: []string{"dist/lib.min.js", "dist/fonts/"}, Skip: []string{"*.ttf"}, License: []string{"LICENSE"}}
	dir, cache := t.TempDir(), t.TempDir()
	f := &Fetcher{Registry: reg.URL, CacheDir: cache}
	os.MkdirAll(filepath.Join(dir, "@scope/lib@1.2.3"), 0o755)
	os.WriteFile(filepath.Join(dir, "@scope/lib@1.2.3/stale.js"), []byte("old"), 0o644)
	res, err := f.Fetch(context.Background(), lib, dir)
	if err != nil || res.Files != 3 || res.Cached {
		t.Fatalf("%+v %v", res, err)
	}
	var got []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			got = append(got, filepath.ToSlash(rel))
		}
		return nil
	})
	if strings.Join(got, " ") != "@scope/lib@1.2.3/LICENSE @scope/lib@1.2.3/dist/fonts/a.woff2 @scope/lib@1.2.3/dist/lib.min.js" {
		t.Errorf("files: %v", got)
	}
	// Again, with the registry gone: from the cache.
	reg.Close()
	if res, err := f.Fetch(context.Background(), lib, dir); err != nil || !res.Cached || asked.Load() != 1 {
		t.Errorf("from the cache: %+v %v, %d requests", res, err, asked.Load())
	}
}

// A tarball that is not the pinned one changes nothing.
func TestFetchRefusesAnotherTarball(t *testing.T) {
	good := tarball(t, map[string]string{"package/a.js": "good"})
	bad := tarball(t, map[string]string{"package/a.js": "evil"})
	reg := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(bad) }))
	defer reg.Close()
	lib := &static.Library{Package: "lib", Version: "1.0.0", Integrity: pin(good), Files: []string{"a.js"}}
	dir := t.TempDir()
	f := &Fetcher{Registry: reg.URL, CacheDir: t.TempDir()}
	_, err := f.Fetch(context.Background(), lib, dir)
	if err == nil || !strings.Contains(err.Error(), "not the pinned package") {
		t.Fatalf("err %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left %v", entries)
	}
	// A package without what the library needs is refused too.
	lib.Integrity, lib.Files = pin(bad), []string{"b.js"}
	if _, err := f.Fetch(context.Background(), lib, dir); err == nil {
		t.Error("a package without b.js fetched")
	}
}

// Every library JustGo pins names a hash npm's way.
func TestPinnedIntegrity(t *testing.T) {
	for _, l := range static.Libraries() {
		if _, err := integrity(l.Integrity); err != nil {
			t.Errorf("%s: %v", l.Dir(), err)
		}
	}
}
