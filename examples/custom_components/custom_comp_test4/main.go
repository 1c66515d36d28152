// Command custom_comp_test4 is JustPy's custom_comp_test4 (tutorial: Custom
// Components), ported to JustGo: calendarDate writing its HTML in React: days
// changed after they are made show changed.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.CustomCompTest4.App) }
