// Command html_comps3 is JustPy's html_comps3 (tutorial: HTML Components),
// ported to JustGo: italic and bold text by Tailwind classes instead of
// elements.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/html_components"
)

func main() { jp.Run(htmlcomponents.HTMLComps3.App) }
