// Package modelanddata is JustPy's tutorial chapter "Model and Data", ported to JustGo:
// components bound to a value of a page's or an element's data with model.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/model_and_data/NAME).
package modelanddata

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "model_and_data",
	Title:   "Model and Data",
	Sources: sources,
	Examples: []catalog.Example{
		InputDemoModel1,
		InputDemoModel2,
		InputDemoModel3,
		InputDemoModel4,
		ModelDemo1,
		ModelDemo2,
		ModelDemo3,
	},
}
