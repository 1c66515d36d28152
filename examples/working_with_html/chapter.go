// Package workingwithhtml is JustPy's tutorial chapter "Working with HTML", ported to JustGo:
// HTML as it is (InnerHTML), and HTML parsed into elements (ParseHTML, NameDict).
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/working_with_html/NAME).
package workingwithhtml

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "working_with_html",
	Title:   "Working with HTML",
	Sources: sources,
	Examples: []catalog.Example{
		InnerDemo,
		HTMLDemo,
		ParseDemo1,
		ParseDemo2,
		CommandsDemo1,
		CommandsDemo2,
	},
}
