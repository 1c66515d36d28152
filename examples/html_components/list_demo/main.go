// Command list_demo is JustPy's list_demo (tutorial: HTML Components), ported
// to JustGo: three lists: plain, with discs, and numbered.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/html_components"
)

func main() { jp.Run(htmlcomponents.ListDemo.App) }
