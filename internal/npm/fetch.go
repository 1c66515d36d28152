package npm

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/justgo/justgo/static"
)

// DefaultRegistry is where packages come from unless NPM_CONFIG_REGISTRY
// names another (as it does for npm).
const DefaultRegistry = "https://registry.npmjs.org/"

// maxTarball bounds what is read from a registry, so that a wrong answer
// cannot fill the disk.
const maxTarball = 64 << 20

// Fetcher fetches libraries into a folder.
type Fetcher struct {
	Registry string       // DefaultRegistry when empty
	CacheDir string       // where tarballs are kept; none when empty
	Client   *http.Client // http.DefaultClient when nil
}

// Result says what Fetch put in the folder.
type Result struct {
	Files  int
	Bytes  int64
	Cached bool // the tarball came from the cache
}

// Fetch puts lib's wanted files into dir/lib.Dir(), replacing what was
// there. Nothing in dir changes unless the tarball's hash is lib.Integrity.
func (f *Fetcher) Fetch(ctx context.Context, lib *static.Library, dir string) (Result, error) {
	tgz, cached, err := f.tarball(ctx, lib)
	if err != nil {
		return Result{}, err
	}
	tmp, err := os.MkdirTemp(dir, ".fetch-")
	if err != nil {
		return Result{}, err
	}
	defer os.RemoveAll(tmp)
	res, err := unpack(tgz, lib, tmp)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", lib.Dir(), err)
	}
	res.Cached = cached
	dest := filepath.Join(dir, filepath.FromSlash(lib.Dir()))
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return Result{}, err
	}
	if err := os.RemoveAll(dest); err != nil {
		return Result{}, err
	}
	return res, os.Rename(tmp, dest)
}

// tarball returns the package's tarball, checked, from the cache or the
// registry.
func (f *Fetcher) tarball(ctx context.Context, lib *static.Library) ([]byte, bool, error) {
	sum, err := integrity(lib.Integrity)
	if err != nil {
		return nil, false, fmt.Errorf("%s: %w", lib.Dir(), err)
	}
	var cached string
	if f.CacheDir != "" {
		cached = filepath.Join(f.CacheDir, hex.EncodeToString(sum[:16])+".tgz")
		if b, err := os.ReadFile(cached); err == nil && matches(b, sum) {
			return b, true, nil
		}
	}
	reg := f.Registry
	if reg == "" {
		reg = DefaultRegistry
	}
	url := strings.TrimSuffix(reg, "/") + "/" + lib.Tarball()
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return nil, false, err
	}
	c := f.Client
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, false, fmt.Errorf("%s: %w", lib.Dir(), err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, false, fmt.Errorf("%s: %s answered %s", lib.Dir(), url, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxTarball+1))
	if err != nil {
		return nil, false, fmt.Errorf("%s: %w", lib.Dir(), err)
	}
	if len(b) > maxTarball || !matches(b, sum) {
		return nil, false, fmt.Errorf("%s: %s is not the pinned package (its hash differs from %s)", lib.Dir(), url, lib.Integrity)
	}
	if cached != "" && os.MkdirAll(f.CacheDir, 0o755) == nil {
		os.WriteFile(cached, b, 0o644) // a cache: failing to keep it loses nothing
	}
	return b, false, nil
}

// integrity decodes npm's "sha512-<base64>".
func integrity(s string) ([]byte, error) {
	b64, ok := strings.CutPrefix(s, "sha512-")
	if !ok {
		return nil, errors.New("integrity is not sha512")
	}
	sum, err := base64.StdEncoding.DecodeString(b64)
	if err != nil || len(sum) != sha512.Size {
		return nil, errors.New("integrity is not a sha512 hash")
	}
	return sum, nil
}

func matches(b, sum []byte) bool {
	got := sha512.Sum512(b)
	return bytes.Equal(got[:], sum)
}

// unpack writes the wanted files of a package tarball under dir.
func unpack(tgz []byte, lib *static.Library, dir string) (Result, error) {
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return Result{}, err
	}
	var res Result
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return res, err
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		// Every file of a package is under one top folder, "package/".
		_, name, ok := strings.Cut(h.Name, "/")
		if !ok || !fs.ValidPath(name) || !lib.Wants(name) {
			continue
		}
		dest := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
			return res, err
		}
		out, err := os.Create(dest)
		if err != nil {
			return res, err
		}
		n, err := io.Copy(out, tr)
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return res, err
		}
		res.Files++
		res.Bytes += n
	}
	if res.Files == 0 {
		return res, errors.New("the package has none of the files a browser needs")
	}
	for _, want := range lib.Files {
		if !strings.HasSuffix(want, "/") {
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(want))); err != nil {
				return res, fmt.Errorf("the package has no %s", path.Clean(want))
			}
		}
	}
	return res, nil
}
