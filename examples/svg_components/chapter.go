// Package svgcomponents is JustPy's tutorial chapter "SVG Components",
// ported to JustGo: SVG elements made one by one and parsed from SVG
// markup, with handlers that change their attributes.
//
// The SVG elements are made with jp.Svg, jp.Circle…, as in JustPy; the
// client puts them in SVG's namespace.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/svg_components/NAME).
package svgcomponents

import (
	"embed"

	"github.com/justgo/justgo/examples/internal/catalog"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "svg_components",
	Title:   "SVG Components",
	Sources: sources,
	Examples: []catalog.Example{
		SvgDemo1,
		SvgDemo2,
		SvgDemo3,
	},
}
