package demos

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// handleSubmit lists the files of a multi upload.
func handleSubmit(fileList *jp.Element) jp.Handler {
	return func(_ *jp.Element, msg *jp.Msg) error {
		fileList.DeleteComponents()
		for _, fd := range msg.FormData {
			for _, f := range fd.Files {
				content, err := f.Content()
				if err != nil {
					return err
				}
				jp.Li(jp.Text(fmt.Sprintf("File uploaded: %s of %d", f.Name, len(content))), jp.In(fileList))
			}
		}
		return nil
	}
}

// multiupload shows a multi upload.
func multiupload(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Tailwind = false
	fileList := jp.Ol()
	f := jp.Form(jp.On("submit", handleSubmit(fileList)), jp.In(wp))
	jp.Input(jp.Name("f1"), jp.Type("file"), jp.In(f))
	jp.Input(jp.Name("f2"), jp.Type("file"), jp.In(f))
	jp.Input(jp.Type("submit"), jp.Value("OK"), jp.In(f))
	wp.Add(fileList) // wp.file_list
	return wp
}

// Multiuploads is JustPy's multiuploads: a form of two file inputs whose
// submit lists every file uploaded and its size.
var Multiuploads = catalog.Example{Name: "multiuploads", Doc: "A form of two file inputs; its submit lists each file uploaded with its size", Source: "multiuploads.go", App: catalog.Page(multiupload)}
