package upload

import (
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"os"
	"time"

	"github.com/justgo/justgo/internal/randid"
	"github.com/justgo/justgo/internal/wire"
)

// Limits cap what a browser may upload.
type Limits struct {
	FileBytes  int64 // one file
	TotalBytes int64 // every file of one form submit
	// Lifetime is how long an upload waits for the submit that names it
	// (0: as long as its page lives).
	Lifetime time.Duration
	// Quota counts the bytes on disk against the server's caps (nil: none).
	Quota *Quota
}

// Errors of Receive.
var (
	// ErrFull: the quota of bytes on disk is reached (for all sessions or
	// for this one); more are taken once handlers took those.
	ErrFull = errors.New("upload: the server takes no more uploads for now")
	// ErrTooManyFiles: more than MaxFiles files in one upload.
	ErrTooManyFiles = fmt.Errorf("upload: more than %d files in one upload", MaxFiles)
	// ErrTooLarge: the files are over the limit for one submit;
	// Limits.TotalError says so to a person.
	ErrTooLarge = errors.New("upload: upload over its limit")
)

// MaxFiles caps the files of one upload, whatever their size: each takes a
// temporary file.
const MaxFiles = 1000

// Received is a file that arrived, under the reference its submit names it
// by.
type Received struct {
	Ref  string
	File *File
	At   time.Time
}

// Receive streams the files of a multipart upload to temporary files,
// counted in limits.Quota for session, and returns each file's entry for
// the browser (with a ref, or why it was not kept: over limits.FileBytes)
// and the files kept. A part that is not a file is skipped. Files over
// limits.TotalBytes together are refused with ErrTooLarge. On an error
// nothing is kept. The caller caps the request at limits.TotalBytes.
func Receive(r *multipart.Reader, limits Limits, session string) ([]wire.FileInfo, []Received, error) {
	var infos []wire.FileInfo
	var kept []Received
	var total int64
	fail := func(err error) ([]wire.FileInfo, []Received, error) {
		Discard(kept)
		return nil, nil, err
	}
	if limits.Quota.full() {
		return nil, nil, ErrFull
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
		if len(infos) == MaxFiles {
			return fail(ErrTooManyFiles)
		}
		info := wire.FileInfo{Name: FileName(part.FileName()), Type: part.Header.Get("Content-Type")}
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
			info.Size, info.Ref = f.Size, randid.New(16)
			f.Name, f.Type = info.Name, info.Type
			kept = append(kept, Received{info.Ref, f, time.Now()})
			if total += f.Size; total > limits.TotalBytes {
				return fail(ErrTooLarge)
			}
		}
		infos = append(infos, info)
	}
	return infos, kept, nil
}

// Discard removes files that arrived and that nothing will claim.
func Discard(files []Received) {
	for _, u := range files {
		u.File.release()
	}
}

// TotalError is what the person is told when a submit's files are over
// the limit for one submit.
func (l Limits) TotalError() error {
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
// limits.FileBytes, and stopping when the quota is reached.
func store(r io.Reader, limits Limits, session string) (*File, error) {
	tmp, err := os.CreateTemp("", "justgo-upload-*")
	if err != nil {
		return nil, err
	}
	f := &File{path: tmp.Name(), temp: true, quota: limits.Quota, session: session}
	n, err := io.Copy(counted{tmp, f}, io.LimitReader(r, limits.FileBytes+1))
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

// counted writes to a file's temporary file, counting what it writes in
// the file's quota.
type counted struct {
	w io.Writer
	f *File
}

func (c counted) Write(p []byte) (int, error) {
	n := int64(len(p))
	if !c.f.quota.take(c.f.session, n) {
		return 0, ErrFull
	}
	c.f.held += n
	return c.w.Write(p)
}
