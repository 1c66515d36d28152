package jp

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/justgo/justgo/internal/randid"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/session"
	"github.com/justgo/justgo/static"
	"github.com/justgo/justgo/store"
)

// pageHandler serves a page function: it runs it for the request, then
// answers with the page's plain response or redirect, or registers the page
// and writes its document.
func (a *App) pageHandler(fn func(*Request) (*WebPage, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		slot := rebuilding(r)
		req := newRequest(r, session.FromContext(r.Context()))
		req.Rejoin = slot != nil
		log := func() *slog.Logger { // made when there is something to say: most loads have not
			return a.log.With("request", randid.New(6), "path", r.URL.Path, "session", req.SessionID)
		}
		wp, err := callPage(fn, req)
		if err == nil && wp == nil {
			err = errors.New("the page function returned no page")
		}
		if err != nil {
			log().Error("justgo: page function failed", "err", err)
			if slot != nil {
				slot.err = err
				return
			}
			a.errorPage(w, err)
			return
		}
		base := static.BasePath(r)
		var ans pageAnswer
		defer ans.release()
		read := func() { a.answer(&ans, wp, req, base) }
		if !wp.Inspect(read) { // an expired shared page, served again: revived
			if ans.err = a.pages.ServeFor(wp, req.SessionID, a.pageOwner(req)); ans.err == nil && !wp.Inspect(read) {
				ans.err = page.ErrUnknownPage
			}
		}
		if slot != nil {
			switch {
			case ans.err != nil:
				slot.err = ans.err
			case ans.doc == nil: // a Response or a redirect
				slot.err = errNoPage
			default: // the browser has the document: it is sent the page whole
				slot.wp = wp
			}
			return
		}
		switch {
		case ans.response != nil:
			ans.response.ServeHTTP(w, r)
			return
		case ans.redirect != "":
			http.Redirect(w, r, inApp(base, ans.redirect), http.StatusSeeOther)
			return
		case ans.err != nil:
			log().Warn("justgo: page refused", "page", wp.ID(), "err", ans.err)
			w.Header().Set("Retry-After", "5")
			http.Error(w, "The server is busy; try again in a moment.", http.StatusServiceUnavailable)
			return
		}
		doc := ans.doc
		doc.Rejoin = a.rejoinToken(r.URL.RequestURI(), req.SessionID)
		if err := static.WritePage(w, doc); err != nil {
			log().Error("justgo: writing the page", "page", wp.ID(), "err", err)
		}
	})
}

// A pageAnswer is what a request for a page is answered with, read on the
// page's goroutine: a shared page that another request returns may be
// changing for its browsers meanwhile.
type pageAnswer struct {
	response http.Handler     // the page function's own response,
	redirect string           // or where it sends the browser,
	doc      *static.Document // or the page, registered and rendered,
	err      error            // or why the page could not be served

	body *bytes.Buffer // what doc.Body is in, lent until the document is written
}

// bodies lend the buffers pages render their body into.
var bodies = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// keptBody is the largest body buffer lent again: one grown for a rare
// large page goes.
const keptBody = 256 << 10

// release gives the body back once the document is written or dropped.
func (ans *pageAnswer) release() {
	if ans.body != nil && ans.body.Cap() <= keptBody {
		bodies.Put(ans.body)
	}
	ans.body, ans.doc = nil, nil
}

// answer reads wp's answer to req; it runs on wp's goroutine.
func (a *App) answer(ans *pageAnswer, wp *WebPage, req *Request, base string) {
	ans.response, ans.redirect = wp.Response, wp.RedirectTarget()
	if ans.response != nil || ans.redirect != "" {
		return
	}
	if ans.err = a.pages.ServeFor(wp, req.SessionID, a.pageOwner(req)); ans.err != nil {
		return
	}
	wp.LinkLibraries(a.libraryFiles(base))
	if ans.body == nil {
		ans.body = bodies.Get().(*bytes.Buffer)
	}
	ans.body.Reset()
	version, err := wp.Render(ans.body) // at once: this is the page's goroutine
	if ans.err = err; err == nil {
		ans.doc = a.document(wp, base, ans.body.Bytes(), version)
	}
}

// pageOwner is whom the pages-per-session cap counts a page for: its
// session or, with sessions off (every client in the session ""), the
// client's address, so that one client cannot evict everyone's pages.
func (a *App) pageOwner(r *Request) string {
	if a.cfg.Sessions {
		return r.SessionID
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return "addr " + host
}

// callPage runs a page function, turning a panic into an error.
func callPage(fn func(*Request) (*WebPage, error), r *Request) (wp *WebPage, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("page function panicked: %v\n%s", p, debug.Stack())
		}
	}()
	return fn(r)
}

func (a *App) errorPage(w http.ResponseWriter, err error) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if errors.Is(err, store.ErrUnavailable) { // it comes back: a retry may well work
		w.Header().Set("Retry-After", "2")
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintln(w, "The app's storage is unavailable; try again in a moment.")
		return
	}
	w.WriteHeader(http.StatusInternalServerError)
	if a.cfg.Debug {
		fmt.Fprintf(w, "Internal Server Error\n\n%v\n", err)
		return
	}
	fmt.Fprintln(w, "Internal Server Error")
}

// inApp turns a path within the app ("/login_test") into one under base;
// relative and absolute URLs stay as they are.
func inApp(base, u string) string {
	if strings.HasPrefix(u, "/") && !page.LeavesApp(u) {
		return base + u[1:]
	}
	return u
}

// document is what the shell writes for a rendered page: its parts, and
// the settings its client reads.
func (a *App) document(wp *WebPage, base string, body []byte, version uint64) *static.Document {
	return &static.Document{
		Base: base, Title: wp.Title, Favicon: wp.Favicon, CSS: wp.CSS, HeadHTML: wp.HeadHTML, BodyHTML: wp.BodyHTML,
		BodyClasses: wp.BodyClasses, BodyStyle: wp.BodyStyle, Dark: wp.Dark, Tailwind: wp.Tailwind,
		PageID: wp.ID(), Version: version, URL: wp.DisplayURL, Body: body, Events: wp.Events(),
		HTTPEvents: wp.NoWebsockets || !a.cfg.Websockets, LocalAssets: a.cfg.NoInternet, Assets: a.assets,
		ReloadMS:        wp.ReloadInterval.Milliseconds(),
		Load:            wp.DocumentAssets(),
		UploadFileBytes: a.cfg.MaxUploadFileBytes, UploadBytes: a.cfg.MaxUploadBytes,
	}
}
