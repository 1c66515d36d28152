// Command parse_demo1 is JustPy's parse_demo1 (tutorial: Working with HTML),
// ported to JustGo: hTML made into elements with ParseHTML, added to the
// page.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/working_with_html"
)

func main() { jp.Run(workingwithhtml.ParseDemo1.App) }
