// Package transitions is JustPy's tutorial chapter "Transitions", ported
// to JustGo: Tailwind classes an element passes through as it loads, is
// shown and is hidden (jp.WithTransition, el.SetTransition).
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/transitions/NAME).
package transitions

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "transitions",
	Title:   "Transitions",
	Sources: sources,
	Examples: []catalog.Example{
		TransitionTest,
	},
}
