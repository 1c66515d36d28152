// Package draganddrop is JustPy's tutorial chapter "Drag and Drop", ported
// to JustGo: an element made draggable (jp.Draggable, JustPy's
// drag_options) and elements that take it when it is dropped on them.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/drag_and_drop/NAME).
package draganddrop

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "drag_and_drop",
	Title:   "Drag and Drop",
	Sources: sources,
	Examples: []catalog.Example{
		DragTest,
	},
}
