package main

import (
	"io/fs"
	"net/http"
	"path"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// Browser serves every example of its chapters in one process: the index at
// "/", each example under /CHAPTER/NAME/ (its own App, mounted with
// http.StripPrefix, so that its routes, websocket and redirects follow the
// prefix), and each chapter's sources, as text, under /source/CHAPTER/.
type Browser struct {
	mux  *http.ServeMux
	apps []*jp.App
}

// New makes the Apps of every example of chapters with cfg.
func New(cfg jp.Config, chapters []catalog.Chapter) *Browser {
	b := &Browser{mux: http.NewServeMux()}
	index := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(index, "/", func(*jp.Request) *jp.WebPage { return indexPage(chapters) })
	b.apps = append(b.apps, index)
	b.mux.Handle("/", index)
	for _, c := range chapters {
		for _, e := range c.Examples {
			app := e.App(cfg)
			b.apps = append(b.apps, app)
			prefix := ExamplePath(c, e)
			b.mux.Handle(prefix+"/", http.StripPrefix(prefix, app))
		}
		b.mux.Handle("GET "+SourcePath(c, ""), http.StripPrefix(SourcePath(c, ""), sourceServer(c.Sources)))
	}
	return b
}

// ExamplePath is where the browser serves e, without the final slash.
func ExamplePath(c catalog.Chapter, e catalog.Example) string { return "/" + c.Name + "/" + e.Name }

// SourcePath is where the browser serves a file of c's sources.
func SourcePath(c catalog.Chapter, file string) string { return "/source/" + c.Name + "/" + file }

// ServeHTTP serves the index, the examples and their sources.
func (b *Browser) ServeHTTP(w http.ResponseWriter, r *http.Request) { b.mux.ServeHTTP(w, r) }

// Close closes every example's App.
func (b *Browser) Close() {
	for _, a := range b.apps {
		a.Close()
	}
}

// sourceServer serves the Go files of sources as plain text, read-only.
func sourceServer(sources fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := path.Clean(r.URL.Path)
		if path.Ext(name) != ".go" || !fs.ValidPath(name) {
			http.NotFound(w, r)
			return
		}
		src, err := fs.ReadFile(sources, name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(src)
	})
}

// indexPage lists the chapters and their examples, each with its
// description and a link to its source.
func indexPage(chapters []catalog.Chapter) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Title = "JustGo: JustPy's tutorial"
	main := jp.Main(jp.Classes("m-4 max-w-4xl"), jp.In(wp))
	jp.H1(jp.Text("JustPy's tutorial in JustGo"), jp.Classes("text-3xl font-bold mb-2"), jp.In(main))
	jp.P(jp.Text("Every program runs here under its own path; each also runs alone with go run ./examples/CHAPTER/NAME."),
		jp.Classes("mb-4 text-gray-700"), jp.In(main))
	for _, c := range chapters {
		section := jp.Section(jp.Classes("mb-6"), jp.In(main))
		jp.H2(jp.Text(c.Title), jp.Classes("text-xl font-semibold border-b mb-2"), jp.ID(c.Name), jp.In(section))
		list := jp.Ul(jp.In(section))
		for _, e := range c.Examples {
			li := jp.Li(jp.Classes("mb-1"), jp.In(list))
			jp.A(jp.Text(e.Name), jp.Href(ExamplePath(c, e)+e.Start()), jp.Classes("font-mono text-blue-700 hover:underline"), jp.In(li))
			jp.Span(jp.Text(": "+e.Doc+" "), jp.In(li))
			jp.A(jp.Text("(source)"), jp.Href(SourcePath(c, e.Source)), jp.Classes("text-sm text-gray-600 hover:underline"), jp.In(li))
		}
	}
	return wp
}
