// Command html_comps4 is JustPy's html_comps4 (tutorial: HTML Components),
// ported to JustGo: ten divs of ten spans each, elements inside elements.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/html_components"
)

func main() { jp.Run(htmlcomponents.HTMLComps4.App) }
