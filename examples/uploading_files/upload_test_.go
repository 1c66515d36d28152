package uploadingfiles

import (
	"net/http"
	"net/url"
	"os"
	"path/filepath"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// uploads holds a folder per session; UPLOAD_DIR moves it.
var uploads = filepath.Join(os.TempDir(), "justgo-upload_test")

func sessionDir(sessionID string) string { return filepath.Join(uploads, "session-"+sessionID) }

// ThumbNail is a link around a picture.
type ThumbNail struct {
	*jp.Element
	picFile string
	// If true, files are downloaded. If false, they open in a new tab.
	downloadFiles bool
	img           *jp.Element
}

// NewThumbNail makes a ThumbNail of the picture at picFile.
func NewThumbNail(picFile string, opts ...jp.Opt) *ThumbNail {
	t := &ThumbNail{picFile: picFile, downloadFiles: true}
	t.Element = jp.Make(t, "a", opts...)
	t.SetAttr("target", "_blank")
	t.img = jp.Img(jp.In(t))
	t.img.Style = "width: 150px"
	t.img.Classes = "p-5 m-1 border-2 rounded-lg border-gray-200 hover:shadow-lg"
	return t
}

// React sets the picture and link before each update.
func (t *ThumbNail) React() {
	t.img.SetAttr("src", t.picFile)
	t.SetAttr("href", t.picFile)
	if t.downloadFiles {
		name, _ := url.PathUnescape(filepath.Base(t.picFile)) // picFile is of the form pictures/file_name
		t.SetAttr("download", name)
	}
	t.SetClasses("inline-block")
}

func picSubmit(imageDiv *jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		// If the directory for the session does not exist, create one
		dir := sessionDir(msg.SessionID)
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return err
		}
		// Find the element in the form data that contains the file information
		var c jp.FormField
		for _, c = range msg.FormData {
			if c.Type == "file" {
				break
			}
		}
		// Keep each file that arrived (one over the upload limit did not:
		// the browser told the person, and msg.UploadError says which)
		for _, v := range c.Files {
			if v.Err == nil {
				if err := v.SaveAs(filepath.Join(dir, v.Name)); err != nil {
					return err
				}
			}
		}
		showPictures(imageDiv, msg.SessionID)
		return nil
	}
}

func showPictures(imageDiv *jp.Element, sessionID string) {
	fileList, _ := os.ReadDir(sessionDir(sessionID))
	imageDiv.DeleteComponents()
	if len(fileList) > 0 {
		for _, file := range fileList {
			NewThumbNail("pictures/"+url.PathEscape(file.Name()), jp.In(imageDiv))
		}
	} else {
		jp.Div(jp.Text("No images uploaded yet"), jp.In(imageDiv), jp.Classes("text-3xl"))
	}
}

func uploadTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	imageDiv := jp.Div(jp.In(wp), jp.Classes("m-2 p-2 overflow-auto border-4 flex flex-wrap content-start"), jp.Style("height: 80vh"))
	showPictures(imageDiv, r.SessionID)

	f := jp.Form(jp.In(wp), jp.Attr("enctype", "multipart/form-data"), jp.On("submit", picSubmit(imageDiv)))
	jp.Input(jp.Type("file"), jp.Classes(jp.Styles.InputClasses()), jp.In(f), jp.Attr("multiple", ""), jp.Attr("accept", "image/*"))
	jp.Button(jp.Type("submit"), jp.Text("Upload"), jp.Classes(jp.Styles.ButtonSimple()), jp.In(f))
	return wp
}

// picture serves a file from the session's own folder.
func picture(r *jp.Request) *jp.WebPage {
	root, err := os.OpenRoot(sessionDir(r.SessionID))
	if err != nil {
		return jp.Respond(http.NotFoundHandler())
	}
	return jp.Respond(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		defer root.Close()
		http.ServeFileFS(w, req, root.FS(), r.PathValue("name"))
	}))
}

// UploadTest is JustPy's upload_test (tutorial: uploading files),
// ported to JustGo: pictures uploaded through a form are kept in a folder
// of the session's own and shown as thumbnails, ThumbNail being a custom
// component with a React hook. Unlike JustPy's, the folder is served only
// to its session, at pictures/NAME (relative, so that it works wherever the
// program is mounted).
var UploadTest = catalog.Example{Name: "upload_test", Doc: "Pictures uploaded through a form are kept in a folder of the session's own and shown as thumbnails, ThumbNail being a custom component with a React hook", Source: "upload_test_.go", App: uploadTestApp}

// uploadTestApp serves the page and the session's pictures; UPLOAD_DIR
// moves the folder.
func uploadTestApp(cfg jp.Config) *jp.App {
	if dir := os.Getenv("UPLOAD_DIR"); dir != "" {
		uploads = dir
	}
	app := catalog.Page(uploadTest)(cfg)
	jp.Route(app, "/pictures/{name}", picture)
	return app
}
