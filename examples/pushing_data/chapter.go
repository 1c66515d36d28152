// Package pushingdata is JustPy's tutorial chapter "Pushing Data", ported to JustGo:
// pages that change without an event of their own, from goroutines and shared pages.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/pushing_data/NAME).
package pushingdata

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "pushing_data",
	Title:   "Pushing Data",
	Sources: sources,
	Examples: []catalog.Example{
		CountTest,
		ClockTest,
		JointEdit,
	},
}
