// Command link_demo2 is JustPy's link_demo2 (tutorial: HTML Components),
// ported to JustGo: two links that scroll to each other down a long page.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/html_components"
)

func main() { jp.Run(htmlcomponents.LinkDemo2.App) }
