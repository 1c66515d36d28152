package upload

import (
	"errors"
	"io"
	"os"
	"strings"
	"time"
)

// ErrNoContent is the error of a File without uploaded content.
var ErrNoContent = errors.New("upload: the file has no uploaded content")

// File is a file a person chose in a file input. In a submit handler's
// msg.FormData it carries the uploaded content, which waits in a temporary
// file that is removed when the handler returns: a handler that keeps the
// file calls SaveAs. In a change event's msg.Files it describes the chosen
// file only, as in JustPy.
type File struct {
	Name         string // the file's name, without any directory
	Size         int64  // in bytes
	Type         string // the MIME type the browser gave
	LastModified time.Time
	// Err says why the file did not arrive (it was over a limit); nil when
	// it did.
	Err error

	path    string // the uploaded content, "" when there is none
	temp    bool   // path is a temporary file of this package's
	held    int64  // the bytes it counts in its quota
	quota   *Quota
	session string
}

// Open opens the uploaded content.
func (f *File) Open() (io.ReadCloser, error) {
	if f.path == "" {
		return nil, ErrNoContent
	}
	return os.Open(f.path)
}

// Content reads the whole uploaded content (JustPy's file_content, decoded).
func (f *File) Content() ([]byte, error) {
	if f.path == "" {
		return nil, ErrNoContent
	}
	return os.ReadFile(f.path)
}

// SaveAs stores the uploaded content at path, moving it when it can.
func (f *File) SaveAs(path string) error {
	if f.path == "" {
		return ErrNoContent
	}
	if os.Rename(f.path, path) == nil {
		f.path, f.temp = path, false // the handler may still read it
		f.release()                  // the file is the application's now
		return nil
	}
	src, err := os.Open(f.path)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}

// release removes the temporary content, if it is still this package's,
// and gives back what it counted in its quota.
func (f *File) release() {
	if f.temp {
		os.Remove(f.path)
		f.temp = false
	}
	f.quota.give(f.session, f.held)
	f.held = 0
}

// Release removes the temporary content of files a handler was given; what
// it saved elsewhere stays.
func Release(files []*File) {
	for _, f := range files {
		f.release()
	}
}

// FileName keeps the last element of a name a browser sent, so that it
// cannot lead out of a folder it is joined to.
func FileName(name string) string {
	name = name[strings.LastIndexAny(name, `/\`)+1:]
	if name == "" || name == "." || name == ".." || strings.ContainsRune(name, 0) {
		return "file"
	}
	return name
}
