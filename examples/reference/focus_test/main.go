// Command focus_test is JustPy's focus_test (reference), ported to JustGo:
// four inputs, the third with the focus as the page loads.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.FocusTest.App) }
