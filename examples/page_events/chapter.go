// Package pageevents is JustPy's tutorial chapter "Page Events", ported to JustGo:
// events of the page itself, such as page_ready, and pages loaded in stages.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/page_events/NAME).
package pageevents

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "page_events",
	Title:   "Page Events",
	Sources: sources,
	Examples: []catalog.Example{
		LoadingPageStaggeredDemo,
		RunJavascriptDemo,
	},
}
