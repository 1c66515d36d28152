package transport

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/upload"
)

// ServeUpload takes the files of a form before its submit event: the
// browser POSTs them as multipart/form-data to /_jp/upload?page=ID and
// gets {"files": [...]} back, one entry per file, each with a ref for the
// submit to name or an error (the file was over the limit for one file).
// The content streams to temporary files, never held whole in memory; a
// request over the limit for a submit is cut off with 413 and an error, and
// one that would take the uploads on disk over their quota with 503.
// The session cookie and Origin are checked as for events.
func (s *Server) ServeUpload(w http.ResponseWriter, r *http.Request) {
	sid, log, ok := s.verifyPost(w, r, "upload")
	if !ok {
		return
	}
	// Files sent to an instance that does not hold their page go to the one
	// that does; a page rebuilt here would not be the one the submit reaches.
	notHere := func(w http.ResponseWriter, r *http.Request, wp *page.WebPage, moved []byte, err error) {
		uploadError(w, http.StatusConflict, "this server does not hold the page (set INSTANCE_URL so that servers forward uploads); please try again")
	}
	if s.taken(w, r, sid, log, notHere) {
		return
	}
	wp, err := s.Pages.Lookup(r.URL.Query().Get(wire.QueryPage), sid)
	switch {
	case errors.Is(err, page.ErrForbidden):
		log.Warn("justgo: upload refused", "err", err)
		uploadError(w, http.StatusForbidden, err.Error())
		return
	case err != nil:
		uploadError(w, http.StatusNotFound, err.Error())
		return
	}
	limits := s.uploadLimits()
	// The multipart framing takes a little room beside the files.
	r.Body = http.MaxBytesReader(w, r.Body, limits.TotalBytes+64<<10)
	r.Body = newPacedBody(r.Body, http.NewResponseController(w))
	mr, err := r.MultipartReader()
	if err != nil {
		uploadError(w, http.StatusBadRequest, "not a multipart upload")
		return
	}
	files, err := wp.Upload(mr, limits, sid)
	var tooLarge *http.MaxBytesError
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded):
		log.Warn("justgo: upload cut off: it arrived too slowly", "page", wp.ID(), "session", sid)
		uploadError(w, http.StatusRequestTimeout, "the upload arrived too slowly")
		return
	case errors.As(err, &tooLarge), errors.Is(err, upload.ErrTooLarge):
		log.Warn("justgo: upload over its limit", "page", wp.ID(), "session", sid)
		uploadError(w, http.StatusRequestEntityTooLarge, limits.TotalError().Error())
		return
	case errors.Is(err, upload.ErrTooManyFiles):
		log.Warn("justgo: upload refused", "page", wp.ID(), "session", sid, "err", err)
		uploadError(w, http.StatusRequestEntityTooLarge, "more files than one upload takes")
		return
	case errors.Is(err, upload.ErrFull):
		log.Warn("justgo: uploads refused: the disk quota is reached", "page", wp.ID(), "session", sid)
		w.Header().Set("Retry-After", "10")
		uploadError(w, http.StatusServiceUnavailable, "the server takes no more uploads for now; try again in a moment")
		return
	case err != nil:
		log.Warn("justgo: upload failed", "page", wp.ID(), "session", sid, "err", err)
		uploadError(w, http.StatusBadRequest, "upload failed: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(struct {
		Files []wire.FileInfo `json:"files"`
	}{files})
}

func (s *Server) uploadLimits() upload.Limits {
	l := s.Upload
	if l.FileBytes <= 0 {
		l.FileBytes = 10 << 20
	}
	if l.TotalBytes <= 0 {
		l.TotalBytes = 50 << 20
	}
	return l
}

// pacedBody cuts off a request body that arrives more slowly than
// uploadMinRate, after uploadGrace to start: each read moves the read
// deadline to what that rate allows for the bytes so far.
type pacedBody struct {
	io.ReadCloser
	rc    *http.ResponseController
	start time.Time
	n     int64
}

func newPacedBody(body io.ReadCloser, rc *http.ResponseController) *pacedBody {
	p := &pacedBody{ReadCloser: body, rc: rc, start: time.Now()}
	p.rc.SetReadDeadline(p.start.Add(uploadGrace))
	return p
}

func (p *pacedBody) Read(b []byte) (int, error) {
	n, err := p.ReadCloser.Read(b)
	if n > 0 {
		p.n += int64(n)
		p.rc.SetReadDeadline(p.start.Add(uploadGrace + time.Duration(p.n)*time.Second/time.Duration(uploadMinRate)))
	}
	return n, err
}

func uploadError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(struct {
		Error string `json:"error"`
	}{msg})
}
