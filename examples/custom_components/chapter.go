// Package customcomponents is JustPy's tutorial chapter "Custom Components", ported to JustGo:
// components of your own: types that embed an element, with React and ModelUpdate.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/custom_components/NAME).
package customcomponents

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "custom_components",
	Title:   "Custom Components",
	Sources: sources,
	Examples: []catalog.Example{
		HelloTest2,
		HelloTest3,
		HelloTest4,
		CustomCompTest1,
		CustomCompTest2,
		CustomCompTest3,
		CustomCompTest4,
		CustomCompTest5,
		AlertTest1,
		AlertTest2,
		CalculatorTest1,
		CalculatorTest2,
		CalculatorTest3,
		TabCompTest1,
		TableTest,
		InputTest,
		GridTest,
	},
}
