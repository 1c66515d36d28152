// Package htmlcomponents is JustPy's tutorial chapter "HTML Components", ported to JustGo:
// HTML elements, their attributes, links, lists, show and visibility.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/html_components/NAME).
package htmlcomponents

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "html_components",
	Title:   "HTML Components",
	Sources: sources,
	Examples: []catalog.Example{
		HTMLComps1,
		HTMLComps2,
		HTMLComps3,
		HTMLComps4,
		HTMLComps5,
		HTMLComps6,
		LinkDemo1,
		LinkDemo2,
		ListDemo,
		ShowDemo,
	},
}
