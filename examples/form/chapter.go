// Package form is JustPy's tutorial chapter "Forms", ported to JustGo:
// a form's submit handler reads every field at once.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/form/NAME).
package form

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "form",
	Title:   "Forms",
	Sources: sources,
	Examples: []catalog.Example{
		FormTest,
	},
}
