// Package tailwind is JustPy's tutorial chapter "Tailwind", ported to JustGo:
// Tailwind's classes.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/tailwind/NAME).
package tailwind

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "tailwind",
	Title:   "Tailwind",
	Sources: sources,
	Examples: []catalog.Example{
		TextColors,
	},
}
