// Command tab_comp_test1 is JustPy's tab_comp_test1 (tutorial:
// custom_components), ported to JustGo: three tab groups, of charts, of
// papillons bound to an input, and of French bulldogs as pills.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.TabCompTest1.App) }
