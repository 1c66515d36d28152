package page

import (
	"errors"
	"fmt"
	"mime/multipart"
	"time"

	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/upload"
)

// File is a file a person chose in a file input; see upload.File.
type File = upload.File

// Upload takes the files of a multipart upload for the submit event that
// follows it, which names them by the references returned (see
// upload.Receive for the limits). It never waits for a handler: the page's
// list of waiting files has a lock of its own.
func (wp *WebPage) Upload(r *multipart.Reader, limits upload.Limits, session string) ([]wire.FileInfo, error) {
	infos, files, err := upload.Receive(r, limits, session)
	if err != nil {
		return nil, err
	}
	if w := wp.waitingUploads(true); w == nil || !w.Add(files, limits) {
		upload.Discard(files)
		return nil, ErrUnknownPage
	}
	return infos, nil
}

// waitingUploads is the page's list of files waiting for their submit, nil
// when no upload made one (or, with create, when the page is gone).
func (wp *WebPage) waitingUploads(create bool) *upload.Waiting {
	wp.mu.Lock()
	defer wp.mu.Unlock()
	if wp.uploads == nil && create && !wp.removed {
		wp.uploads = &upload.Waiting{}
	}
	return wp.uploads
}

// files turns the file entries of a submit into Files, taking their
// uploads out of the page; the caller releases them after the handler.
func (wp *WebPage) files(infos []wire.FileInfo, taken *[]*File) []*File {
	out := make([]*File, 0, len(infos))
	for _, in := range infos {
		f := &File{Name: upload.FileName(in.Name), Size: in.Size, Type: in.Type}
		switch {
		case in.Error != "":
			f.Err = errors.New(in.Error)
		case in.Ref != "":
			var u *File
			if w := wp.waitingUploads(false); w != nil {
				u = w.Take(in.Ref)
			}
			if u != nil {
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
