// Command inner_demo is JustPy's inner_demo (tutorial: Working with HTML),
// ported to JustGo: hTML written into elements as it is, with InnerHTML.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/working_with_html"
)

func main() { jp.Run(workingwithhtml.InnerDemo.App) }
