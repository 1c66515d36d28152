// Command input_demo is JustPy's input_demo (tutorial: Reference), ported to
// JustGo: what is typed becomes the page's title and its address in the
// address bar.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.InputDemo.App) }
