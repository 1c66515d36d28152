// Command custom_comp_test1 is JustPy's custom_comp_test1 (tutorial: Custom
// Components), ported to JustGo: pillButton, a button type that gives itself
// the classes of a pill.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.CustomCompTest1.App) }
