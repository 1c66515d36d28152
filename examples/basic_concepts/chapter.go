// Package basicconcepts is JustPy's tutorial chapter "Basic Concepts", ported to JustGo:
// pages, elements, their text, styles and classes.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/basic_concepts/NAME).
package basicconcepts

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "basic_concepts",
	Title:   "Basic Concepts",
	Sources: sources,
	Examples: []catalog.Example{
		HelloWorld1,
		HelloWorld2,
		HelloWorld3,
		HelloWorld4,
	},
}
