// Command style_test is JustPy's style_test (tutorial: Reference), ported to
// JustGo: a hundred numbers in their own font size; a click doubles one and
// turns it green.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.StyleTest.App) }
