package jp

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/http"
	"runtime/debug"
	"strings"

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
		log := a.log.With("request", randid.New(6), "path", r.URL.Path, "session", req.SessionID)
		wp, err := callPage(fn, req)
		if err == nil && wp == nil {
			err = errors.New("the page function returned no page")
		}
		if err != nil {
			log.Error("justgo: page function failed", "err", err)
			if slot != nil {
				slot.err = err
				return
			}
			a.errorPage(w, err)
			return
		}
		base := static.BasePath(r)
		switch {
		case slot != nil && (wp.Response != nil || wp.RedirectTarget() != ""):
			slot.err = errNoPage
			return
		case wp.Response != nil:
			wp.Response.ServeHTTP(w, r)
			return
		case wp.RedirectTarget() != "":
			http.Redirect(w, r, inApp(base, wp.Redirect), http.StatusSeeOther)
			return
		}
		log = log.With("page", wp.ID())
		if err := a.pages.ServeFor(wp, req.SessionID, a.pageOwner(req)); err != nil {
			log.Warn("justgo: page refused", "err", err)
			if slot != nil {
				slot.err = err
				return
			}
			w.Header().Set("Retry-After", "5")
			http.Error(w, "The server is busy; try again in a moment.", http.StatusServiceUnavailable)
			return
		}
		wp.LinkLibraries(a.libraryFiles(base))
		var body bytes.Buffer
		version, err := wp.Render(&body)
		if err != nil { // dropped before it was rendered
			if slot != nil {
				slot.err = err
				return
			}
			http.Error(w, "The server is busy; try again in a moment.", http.StatusServiceUnavailable)
			return
		}
		if slot != nil { // the browser has the document: it is sent the page whole
			slot.wp = wp
			return
		}
		doc := a.document(wp, base, body.Bytes(), version)
		doc.Rejoin = a.rejoinToken(r.URL.RequestURI(), req.SessionID)
		if err := static.WritePage(w, doc); err != nil {
			log.Error("justgo: writing the page", "err", err)
		}
	})
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
