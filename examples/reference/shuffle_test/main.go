// Command shuffle_test is JustPy's shuffle_test (tutorial: Reference), ported
// to JustGo: a hundred divs, their order shuffled before the page is sent.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.ShuffleTest.App) }
