package page

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/justgo/justgo/internal/wire"
)

// UploadLimits cap what a browser may upload.
type UploadLimits struct {
	FileBytes  int64 // one file
	TotalBytes int64 // every file of one form submit
	// DiskBytes caps the uploads on disk at once, of every page: those
	// arriving and those waiting for their submit's handler.
	DiskBytes int64
	// SessionBytes caps the uploads on disk at once of one session (0: no
	// cap beside DiskBytes), so that one session cannot hold them all.
	SessionBytes int64
	// Lifetime is how long an upload waits for the submit that names it
	// (0: as long as its page lives).
	Lifetime time.Duration
}

// onDisk counts the bytes of the temporary files of uploads, process-wide;
// bySession the same per session.
var (
	onDisk    atomic.Int64
	bySession = struct {
		sync.Mutex
		m map[string]int64
	}{m: map[string]int64{}}
)

// hold counts n more bytes on disk for session, unless that takes the
// session past its cap.
func hold(session string, n, limit int64) bool {
	bySession.Lock()
	defer bySession.Unlock()
	now := bySession.m[session] + n
	if limit > 0 && now > limit && n > 0 {
		return false
	}
	if now <= 0 {
		delete(bySession.m, session)
	} else {
		bySession.m[session] = now
	}
	return true
}

// File is a file a person chose in a file input. In a submit handler's
// msg.FormData it carries the uploaded content, which waits in a
// temporary file that is removed when the handler returns: a handler that
// keeps the file calls SaveAs. In a change event's msg.Files it describes
// the chosen file only, as in JustPy.
type File struct {
	Name         string // the file's name, without any directory
	Size         int64  // in bytes
	Type         string // the MIME type the browser gave
	LastModified time.Time
	// Err says why the file did not arrive (it was over a limit); nil
	// when it did.
	Err error

	path    string // the uploaded content, "" when there is none
	temp    bool   // path is JustGo's temporary file
	held    int64  // the bytes it counts in onDisk and for its session
	session string
}

// release removes the temporary content, if it is still JustGo's, and
// gives back what it counted against UploadLimits.DiskBytes.
func (f *File) release() {
	if f.temp {
		os.Remove(f.path)
		f.temp = false
	}
	onDisk.Add(-f.held)
	hold(f.session, -f.held, 0)
	f.held = 0
}

// ErrUploadsFull is Upload's error when the uploads on disk have reached
// UploadLimits.DiskBytes: the server takes more once handlers took those.
var ErrUploadsFull = errors.New("page: the server takes no more uploads for now")

// MaxUploadFiles caps the files of one upload, whatever their size: each
// takes a temporary file.
const MaxUploadFiles = 1000

// ErrTooManyFiles is Upload's error for more than MaxUploadFiles files.
var ErrTooManyFiles = fmt.Errorf("page: more than %d files in one upload", MaxUploadFiles)

// ErrUploadTooLarge is Upload's error when the files are over the limit
// for one submit; UploadLimits.TotalError says so to a person.
var ErrUploadTooLarge = errors.New("page: upload over its limit")

// ErrNoContent is the error of a File without uploaded content.
var ErrNoContent = errors.New("page: the file has no uploaded content")

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

// fileName keeps the last element of a name a browser sent, so that it
// cannot lead out of a folder it is joined to.
func fileName(name string) string {
	name = name[strings.LastIndexAny(name, `/\`)+1:]
	if name == "" || name == "." || name == ".." || strings.ContainsRune(name, 0) {
		return "file"
	}
	return name
}

// uploaded is a file waiting for the submit that names it.
type uploaded struct {
	ref  string
	file *File
	at   time.Time
}

// Upload stores the files of a multipart upload for the submit event that
// follows it, which names them by the references returned. A file over
// limits.FileBytes is not kept and its entry says why; a part that is not
// a file is skipped. Files over limits.TotalBytes together are refused
// with ErrUploadTooLarge. The files count against limits.SessionBytes for
// session. Upload never waits for a handler. The caller caps the request at
// limits.TotalBytes.
func (wp *WebPage) Upload(r *multipart.Reader, limits UploadLimits, session string) ([]wire.FileInfo, error) {
	var infos []wire.FileInfo
	var kept []uploaded
	var total int64
	fail := func(err error) ([]wire.FileInfo, error) {
		for _, u := range kept {
			u.file.release()
		}
		return nil, err
	}
	if limits.DiskBytes > 0 && onDisk.Load() >= limits.DiskBytes {
		return nil, ErrUploadsFull
	}
	for {
		part, err := r.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fail(err)
		}
		if part.FileName() == "" {
			if _, err := io.Copy(io.Discard, part); err != nil {
				return fail(err)
			}
			continue
		}
		if len(infos) == MaxUploadFiles {
			return fail(ErrTooManyFiles)
		}
		info := wire.FileInfo{Name: fileName(part.FileName()), Type: part.Header.Get("Content-Type")}
		f, err := store(part, limits, session)
		if err != nil && !errors.Is(err, errTooBig) {
			return fail(err)
		}
		if err != nil {
			info.Error = tooBig(info.Name, limits.FileBytes).Error()
			if _, err := io.Copy(io.Discard, part); err != nil {
				return fail(err)
			}
		} else {
			info.Size, info.Ref = f.Size, newRef()
			f.Name, f.Type = info.Name, info.Type
			kept = append(kept, uploaded{info.Ref, f, time.Now()})
			if total += f.Size; total > limits.TotalBytes {
				return fail(ErrUploadTooLarge)
			}
		}
		infos = append(infos, info)
	}
	wp.upMu.Lock()
	defer wp.upMu.Unlock()
	if wp.upClosed {
		return fail(ErrUnknownPage)
	}
	wp.uploads = append(wp.uploads, kept...)
	if limits.Lifetime > 0 && wp.upTimer == nil && len(wp.uploads) > 0 {
		wp.upTimer = time.AfterFunc(limits.Lifetime, func() { wp.expireUploads(limits.Lifetime) })
	}
	// Uploads no submit claimed (the browser went away between the two)
	// go, oldest first, once more than two uploads' worth wait.
	var waiting int64
	for i := len(wp.uploads) - 1; i >= 0; i-- {
		waiting += wp.uploads[i].file.Size
		if waiting > 2*limits.TotalBytes {
			for _, u := range wp.uploads[:i+1] {
				u.file.release()
			}
			wp.uploads = wp.uploads[i+1:]
			break
		}
	}
	return infos, nil
}

// TotalError is what the person is told when a submit's files are over
// the limit for one submit.
func (l UploadLimits) TotalError() error {
	return fmt.Errorf("the files are larger than the %s limit for one upload", byteSize(l.TotalBytes))
}

var errTooBig = errors.New("too big")

func tooBig(name string, limit int64) error {
	return fmt.Errorf("%s is larger than the %s limit for one file", name, byteSize(limit))
}

// byteSize says n in the unit a person reads best.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// store copies r into a temporary file, refusing more than
// limits.FileBytes, and stopping when the uploads on disk reach
// limits.DiskBytes.
func store(r io.Reader, limits UploadLimits, session string) (*File, error) {
	tmp, err := os.CreateTemp("", "justgo-upload-*")
	if err != nil {
		return nil, err
	}
	f := &File{path: tmp.Name(), temp: true, session: session}
	n, err := io.Copy(&counted{tmp, f, limits}, io.LimitReader(r, limits.FileBytes+1))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil && n > limits.FileBytes {
		err = errTooBig
	}
	if err != nil {
		f.release()
		return nil, err
	}
	f.Size = n
	return f, nil
}

// counted writes to a temporary file, counting what it writes in onDisk
// and for the file's session.
type counted struct {
	w      io.Writer
	f      *File
	limits UploadLimits
}

func (c *counted) Write(p []byte) (int, error) {
	n := int64(len(p))
	if now := onDisk.Add(n); c.limits.DiskBytes > 0 && now > c.limits.DiskBytes {
		onDisk.Add(-n)
		return 0, ErrUploadsFull
	}
	if !hold(c.f.session, n, c.limits.SessionBytes) {
		onDisk.Add(-n)
		return 0, ErrUploadsFull
	}
	c.f.held += n
	return c.w.Write(p)
}

func newRef() string {
	var b [16]byte
	rand.Read(b[:])
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// files turns the file entries of a submit into Files, taking their
// uploads out of the page; the caller releases them after the handler.
func (wp *WebPage) files(infos []wire.FileInfo, taken *[]*File) []*File {
	out := make([]*File, 0, len(infos))
	for _, in := range infos {
		f := &File{Name: fileName(in.Name), Size: in.Size, Type: in.Type}
		switch {
		case in.Error != "":
			f.Err = errors.New(in.Error)
		case in.Ref != "":
			if u := wp.takeUpload(in.Ref); u != nil {
				f = u // its name, size and type as they arrived
				*taken = append(*taken, u)
			} else {
				f.Err = fmt.Errorf("%s: upload not found", f.Name)
			}
		}
		if in.LastModified > 0 {
			f.LastModified = time.UnixMilli(in.LastModified)
		}
		out = append(out, f)
	}
	return out
}

func (wp *WebPage) takeUpload(ref string) *File {
	wp.upMu.Lock()
	defer wp.upMu.Unlock()
	for i, u := range wp.uploads {
		if u.ref == ref {
			wp.uploads = append(wp.uploads[:i:i], wp.uploads[i+1:]...)
			return u.file
		}
	}
	return nil
}

// dropUploads removes the uploads no submit claimed, when the page goes.
func (wp *WebPage) dropUploads() {
	wp.upMu.Lock()
	defer wp.upMu.Unlock()
	for _, u := range wp.uploads {
		u.file.release()
	}
	wp.uploads, wp.upClosed = nil, true
	if wp.upTimer != nil {
		wp.upTimer.Stop()
		wp.upTimer = nil
	}
}

// reopenUploads takes uploads again, for a page served again after it
// was dropped.
func (wp *WebPage) reopenUploads() {
	wp.upMu.Lock()
	defer wp.upMu.Unlock()
	wp.upClosed = false
}

// expireUploads removes the uploads that waited longer than lifetime for
// their submit, and looks again when the next would.
func (wp *WebPage) expireUploads(lifetime time.Duration) {
	wp.upMu.Lock()
	defer wp.upMu.Unlock()
	wp.upTimer = nil
	i := 0
	for i < len(wp.uploads) && time.Since(wp.uploads[i].at) >= lifetime {
		wp.uploads[i].file.release()
		i++
	}
	wp.uploads = wp.uploads[i:]
	if len(wp.uploads) > 0 && !wp.upClosed {
		next := lifetime - time.Since(wp.uploads[0].at)
		wp.upTimer = time.AfterFunc(next, func() { wp.expireUploads(lifetime) })
	}
}

// removeFiles removes the temporary content of files a handler was given;
// what it saved elsewhere stays.
func removeFiles(files []*File) {
	for _, f := range files {
		f.release()
	}
}
