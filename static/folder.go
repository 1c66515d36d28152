package static

import (
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path"
	"strings"
)

// Folder serves the files in dir at mount (STATIC_DIRECTORY at
// STATIC_MOUNT), as they are. It never serves dotfiles (.env, .git),
// justpy.env, directory listings, or anything outside dir, even through a
// symbolic link. With no usable dir it answers 404, and says why in log
// unless dir does not exist.
func Folder(dir, mount string, log *slog.Logger) http.Handler {
	if dir == "" {
		return http.NotFoundHandler()
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		if !os.IsNotExist(err) {
			log.Warn("justgo: STATIC_DIRECTORY is not served", "dir", dir, "err", err)
		}
		return http.NotFoundHandler()
	}
	files := http.FileServerFS(root.FS())
	return http.StripPrefix(strings.TrimSuffix(mount, "/"), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !servable(root.FS(), r.URL.Path) {
			http.NotFound(w, r)
			return
		}
		files.ServeHTTP(w, r)
	}))
}

// servable refuses hidden names, the configuration file and directories.
func servable(fsys fs.FS, p string) bool {
	for _, part := range strings.Split(p, "/") {
		if strings.HasPrefix(part, ".") || strings.EqualFold(part, "justpy.env") {
			return false
		}
	}
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	info, err := fs.Stat(fsys, name)
	return err == nil && !info.IsDir()
}
