package uploadingfiles

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func downloadTest2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	fileDiv := jp.Div()
	jp.Input(jp.Type("file"), jp.Classes(jp.Styles.InputClasses()), jp.In(wp), jp.Attr("multiple", ""), jp.On("change", fileInput(fileDiv)))
	wp.Add(fileDiv) // in1.file_div
	return wp
}

func fileInput(fileDiv *jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		fileDiv.DeleteComponents()
		for _, f := range msg.Files {
			jp.Div(jp.Text(fmt.Sprintf("%s | %d | %s | %d", f.Name, f.Size, f.Type, f.LastModified.UnixMilli())), jp.In(fileDiv), jp.Classes("font-mono m-1 p-2"))
		}
		return nil
	}
}

// DownloadTest2 is JustPy's download_test2: a file input's change lists
// the files chosen (name, size, type, time), before any upload.
var DownloadTest2 = catalog.Example{Name: "download_test2", Doc: "Choosing files lists their names, sizes, types and times, before any upload", Source: "download_test2.go", App: catalog.Page(downloadTest2)}
