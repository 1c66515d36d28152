// Command alert_test1 is JustPy's alert_test1 (tutorial: Custom Components),
// ported to JustGo: myAlert, a component of several elements; a title changed
// after it is made does not show.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.AlertTest1.App) }
