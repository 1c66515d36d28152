// Command grid_test is JustPy's grid_test (tutorial: custom_components),
// ported to JustGo: two charts, each redrawn when the grid of its data
// under it is sorted or filtered.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.GridTest.App) }
