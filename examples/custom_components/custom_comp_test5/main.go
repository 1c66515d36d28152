// Command custom_comp_test5 is JustPy's custom_comp_test5 (tutorial: Custom
// Components), ported to JustGo: dates coloured by their div's data, which a
// select changes for the second row.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.CustomCompTest5.App) }
