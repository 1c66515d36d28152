// Package beforeafterevents is JustPy's tutorial chapter "Before and After Events", ported to JustGo:
// handlers that run before and after every event of an element.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/before_after_events/NAME).
package beforeafterevents

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "before_after_events",
	Title:   "Before and After Events",
	Sources: sources,
	Examples: []catalog.Example{
		AfterDemo,
	},
}
