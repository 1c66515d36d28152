package static

import (
	"embed"
	"io/fs"
	"net/http"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// files is the program's static folder. JustPy's static_test shows
// papillon.jpg, a photograph whose licence its repository does not state;
// this port draws a papillon (a butterfly) of its own, papillon.svg.
//
//go:embed files
var files embed.FS

func staticTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	// Relative, so that it works wherever the program is mounted.
	jp.Img(jp.Src("static/papillon.svg"), jp.Attr("alt", "A papillon"), jp.In(wp), jp.Classes("m-2 p-2"))
	return wp
}

// StaticTest is JustPy's static_test: a picture from the static folder.
// JustPy serves STATIC_DIRECTORY at /static (JustGo does too, see the
// chapter's text); to run anywhere, this program serves its folder from the
// binary.
var StaticTest = catalog.Example{Name: "static_test", Doc: "A picture served from the program's static folder", Source: "static_test_.go", App: staticTestApp}

func staticTestApp(cfg jp.Config) *jp.App {
	app := catalog.Page(staticTest)(cfg)
	folder, _ := fs.Sub(files, "files")
	app.Handle("GET /static/papillon.svg", http.StripPrefix("/static/", http.FileServerFS(folder)))
	return app
}
