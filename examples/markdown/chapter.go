// Package markdown is JustPy's tutorial chapter "Markdown", ported to
// JustGo: Markdown rendered on the server (JustPy renders it in the
// browser), its HTML sanitized.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/markdown/NAME).
package markdown

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "markdown",
	Title:   "Markdown",
	Sources: sources,
	Examples: []catalog.Example{
		MdTest,
	},
}
