// Command svg_demo2 is JustPy's svg_demo2 (tutorial: svg_components),
// ported to JustGo.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/svg_components"
)

func main() { jp.Run(svgcomponents.SvgDemo2.App) }
