// Package blog is JustPy's tutorial chapter "Blog: Reactivity", ported to JustGo:
// JustPy's blog post on reactivity: a todo list, from static HTML to a component.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/blog/NAME).
package blog

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "blog",
	Title:   "Blog: Reactivity",
	Sources: sources,
	Examples: []catalog.Example{
		TodoApp1,
		TodoApp2,
		TodoApp3,
		TodoApp4,
	},
}
