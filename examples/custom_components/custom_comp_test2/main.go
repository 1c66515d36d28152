// Command custom_comp_test2 is JustPy's custom_comp_test2 (tutorial: Custom
// Components), ported to JustGo: pill buttons of a colour given as each is
// made.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.CustomCompTest2.App) }
