// Command inner_html_test is JustPy's inner_html_test (tutorial: Reference),
// ported to JustGo: ten divs of HTML given as it is, with InnerHTML.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.InnerHTMLTest.App) }
