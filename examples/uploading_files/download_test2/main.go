// Command download_test2 is JustPy's download_test2 (tutorial: Uploading
// Files), ported to JustGo: choosing files lists their names, sizes, types
// and times, before any upload.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/uploading_files"
)

func main() { jp.Run(uploadingfiles.DownloadTest2.App) }
