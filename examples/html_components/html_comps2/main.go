// Command html_comps2 is JustPy's html_comps2 (tutorial: HTML Components),
// ported to JustGo: elements made by their tag name with jp.Tag (JustPy's
// get_tag).
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/html_components"
)

func main() { jp.Run(htmlcomponents.HTMLComps2.App) }
