package uploadingfiles

import (
	"io"
	"net/http"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func changeLinkText(self *jp.Element, msg *jp.Msg) error {
	self.SetClasses("text-yellow-500")
	return nil
}

func downloadTest1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	// The href is relative, so that it works wherever the program is mounted.
	downloadLink := jp.A(jp.Text("Download File"), jp.Href("create_file"), jp.Attr("download", "text_file.txt"), jp.In(wp),
		jp.Classes("inline-block m-2 p-2 text-white bg-blue-500 text-2xl"))
	downloadLink.On("click", changeLinkText)
	return wp
}

// createFile answers with the file's text. JustPy's sets wp.html, the
// text standing for the page; JustGo answers with the text itself through
// jp.Respond.
func createFile(r *jp.Request) *jp.WebPage {
	now := time.Now().Format("2006-01-02 15:04:05")
	return jp.Respond(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "This text file was generated on "+now)
	}))
}

// DownloadTest1 is JustPy's download_test1: a link with a download
// attribute to a route that makes a text file; clicking it turns it
// yellow.
var DownloadTest1 = catalog.Example{Name: "download_test1", Doc: "A download link to a route that makes a text file; a click also turns the link yellow", Source: "download_test1.go", App: downloadTest1App}

func downloadTest1App(cfg jp.Config) *jp.App {
	app := catalog.Page(downloadTest1)(cfg)
	jp.Route(app, "/create_file", createFile) // @jp.SetRoute('/create_file')
	return app
}
