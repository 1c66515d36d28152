// Command commands_demo1 is JustPy's commands_demo1 (tutorial: Working
// with HTML), ported to JustGo: parsed HTML shown with the Go statements
// that would build it, one an element, with two prefixes.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/working_with_html"
)

func main() { jp.Run(workingwithhtml.CommandsDemo1.App) }
