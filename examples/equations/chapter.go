// Package equations is JustPy's tutorial chapter "Equations", ported to
// JustGo: TeX typeset by KaTeX in the browser, linked only by pages that
// show an equation.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/equations/NAME).
package equations

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "equations",
	Title:   "Equations",
	Sources: sources,
	Examples: []catalog.Example{
		EqTest,
	},
}
