// Command html_comps5 is JustPy's html_comps5 (tutorial: HTML Components),
// ported to JustGo: editable right-to-left Hebrew paragraphs: the
// contenteditable, dir and lang attributes.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/html_components"
)

func main() { jp.Run(htmlcomponents.HTMLComps5.App) }
