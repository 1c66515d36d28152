// Package gettingstarted is JustPy's tutorial chapter "Getting Started", ported to JustGo:
// the first program.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/getting_started/NAME).
package gettingstarted

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "getting_started",
	Title:   "Getting Started",
	Sources: sources,
	Examples: []catalog.Example{
		HelloWorld,
	},
}
