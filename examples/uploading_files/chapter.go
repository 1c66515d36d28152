// Package uploadingfiles is JustPy's tutorial chapter "Uploading Files", ported to JustGo:
// files uploaded through a form, and files offered for download.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/uploading_files/NAME).
package uploadingfiles

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "uploading_files",
	Title:   "Uploading Files",
	Sources: sources,
	Examples: []catalog.Example{
		UploadTest,
		DownloadTest1,
		DownloadTest2,
	},
}
