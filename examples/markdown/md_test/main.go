// Command md_test is JustPy's md_test (tutorial: Markdown), ported to
// JustGo: a button that adds an item to a Markdown list, rendered on the
// server; /hello writes Markdown on a page.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/markdown"
)

func main() { jp.Run(markdown.MdTest.App) }
