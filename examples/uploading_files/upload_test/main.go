// Command upload_test is JustPy's upload_test (tutorial: uploading files),
// ported to JustGo: pictures uploaded through a form are kept in a folder
// of the session's own and shown as thumbnails, ThumbNail being a custom
// component with a React hook. Unlike JustPy's, the folder is served only
// to its session, at /pictures/NAME.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/uploading_files"
)

func main() { jp.Run(uploadingfiles.UploadTest.App) }
