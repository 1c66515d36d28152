// Package handlingevents is JustPy's tutorial chapter "Handling Events", ported to JustGo:
// handlers for clicks, the mouse, keys, and how often they run.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/handling_events/NAME).
package handlingevents

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "handling_events",
	Title:   "Handling Events",
	Sources: sources,
	Examples: []catalog.Example{
		EventDemo1,
		EventDemo2,
		EventDemo3,
		EventDemo4,
		EventDemo5,
		EventDemo6,
		EventDemo7,
		CompTest,
		EventCompTest,
		TargetTest,
		OutTest,
		DebounceTest,
	},
}
