// Command test_head is JustPy's test_head (tutorial: Reference), ported to
// JustGo: hTML of the author's in the page's head and at the end of its body.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.TestHead.App) }
