// Command html_demo is JustPy's html_demo (tutorial: working_with_html),
// ported to JustGo: a page of raw HTML, which replaces the components
// added before and after it.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/working_with_html"
)

func main() { jp.Run(workingwithhtml.HTMLDemo.App) }
