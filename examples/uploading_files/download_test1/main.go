// Command download_test1 is JustPy's download_test1 (tutorial: Uploading
// Files), ported to JustGo: a download link to a route that makes a text
// file; a click also turns the link yellow.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/uploading_files"
)

func main() { jp.Run(uploadingfiles.DownloadTest1.App) }
