// Package input is JustPy's tutorial chapter "Input", ported to JustGo:
// input elements: text, numbers, colours, selects, checkboxes and radio buttons.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/input/NAME).
package input

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "input",
	Title:   "Input",
	Sources: sources,
	Examples: []catalog.Example{
		InputDemo1,
		InputDemo2,
		InputDemo3,
		InputDemo4,
		InputDemo5,
		ColorDemo,
		CompTest,
		RadioTest1,
		RadioTest2,
		CheckTest,
		FocusTestInput,
	},
}
