// Command parse_demo2 is JustPy's parse_demo2 (tutorial: Working with HTML),
// ported to JustGo: an element of parsed HTML reached by its name in NameDict
// and given a click handler.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/working_with_html"
)

func main() { jp.Run(workingwithhtml.ParseDemo2.App) }
