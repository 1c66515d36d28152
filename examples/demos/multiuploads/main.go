// Command multiuploads is JustPy's multiuploads (tutorial: Demo Apps), ported
// to JustGo: a form of two file inputs; its submit lists each file uploaded
// with its size.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/demos"
)

func main() { jp.Run(demos.Multiuploads.App) }
