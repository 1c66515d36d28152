// Command link_demo1 is JustPy's link_demo1 (tutorial: HTML Components),
// ported to JustGo: a link, the A element with its href.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/html_components"
)

func main() { jp.Run(htmlcomponents.LinkDemo1.App) }
