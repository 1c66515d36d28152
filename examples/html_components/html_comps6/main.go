// Command html_comps6 is JustPy's html_comps6 (tutorial: HTML Components),
// ported to JustGo: rotated images that straighten under the mouse; a click
// keeps one straight and red.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/html_components"
)

func main() { jp.Run(htmlcomponents.HTMLComps6.App) }
