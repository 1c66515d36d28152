// Command custom_comp_test3 is JustPy's custom_comp_test3 (tutorial: Custom
// Components), ported to JustGo: calendarDate, a component made of HTML
// written when it is made.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.CustomCompTest3.App) }
