// Command svg_demo3 is JustPy's svg_demo3 (tutorial: svg_components),
// ported to JustGo.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/svg_components"
)

func main() { jp.Run(svgcomponents.SvgDemo3.App) }
