// Command show_demo is JustPy's show_demo (tutorial: HTML Components), ported
// to JustGo: show takes an element out of the layout, the invisible class
// hides it in place.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/html_components"
)

func main() { jp.Run(htmlcomponents.ShowDemo.App) }
