// Package ajax is JustPy's tutorial chapter "Ajax", ported to JustGo:
// pages without websockets: events by HTTP POST.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/ajax/NAME).
package ajax

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "ajax",
	Title:   "Ajax",
	Sources: sources,
	Examples: []catalog.Example{
		HelloTest,
		ReloadDemo,
	},
}
