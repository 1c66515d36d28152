// Package static is JustPy's tutorial chapter "Static Files", ported to JustGo:
// files served from the static folder.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/static/NAME).
package static

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "static",
	Title:   "Static Files",
	Sources: sources,
	Examples: []catalog.Example{
		StaticTest,
	},
}
