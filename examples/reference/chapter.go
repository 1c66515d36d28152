// Package reference is JustPy's tutorial chapter "Reference", ported to JustGo:
// the reference pages of HTMLComponent and WebPage: animation, children, classes, entities, events (their properties, propagation), focus, inner_html, style, display_url, title, run_javascript (the browser's location), head_html, body_html and on_disconnect.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/reference/NAME).
package reference

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "reference",
	Title:   "Reference",
	Sources: sources,
	Examples: []catalog.Example{
		AnimationTest,
		ChildrenTest,
		ClassesTest,
		EntityTest,
		EventDemo,
		EventPropagates,
		FocusTest,
		InnerHTMLTest,
		ShuffleTest,
		StyleTest,
		InputDemo,
		JavascriptTest,
		TestHead,
		BrowserLocationTest,
		CloseTest,
	},
}
