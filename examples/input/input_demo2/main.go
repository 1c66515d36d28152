// Command input_demo2 is JustPy's input_demo2 (tutorial: input), ported to
// JustGo: what is typed into the input shows in the div below it, key by
// key.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/input"
)

func main() { jp.Run(input.InputDemo2.App) }
