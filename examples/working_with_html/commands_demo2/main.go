// Command commands_demo2 is JustPy's commands_demo2 (tutorial: Working with
// HTML), ported to JustGo: parse_demo1's paragraphs built by the Go commands
// that cmd/html2go writes for its HTML.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/working_with_html"
)

func main() { jp.Run(workingwithhtml.CommandsDemo2.App) }
