// Package demos is JustPy's tutorial chapter "Demo Apps", ported to JustGo:
// JustPy's demo programs: click handling, a game of blackjack, uploads of several files.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/demos/NAME).
package demos

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "demos",
	Title:   "Demo Apps",
	Sources: sources,
	Examples: []catalog.Example{
		ClickDemoExample,
		Blackjack,
		Multiuploads,
	},
}
