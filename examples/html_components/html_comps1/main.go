// Command html_comps1 is JustPy's html_comps1 (tutorial: HTML Components),
// ported to JustGo: an i, a br and a strong element, each made by its
// constructor.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/html_components"
)

func main() { jp.Run(htmlcomponents.HTMLComps1.App) }
