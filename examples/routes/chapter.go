// Package routes is JustPy's tutorial chapter "Routes", ported to JustGo:
// page functions at paths, with parameters.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/routes/NAME).
package routes

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "routes",
	Title:   "Routes",
	Sources: sources,
	Examples: []catalog.Example{
		RouteHello,
		RouteHello2,
		RouteHello3,
		RouteHello4,
	},
}
