// Command alert_test2 is JustPy's alert_test2 (tutorial: Custom Components),
// ported to JustGo: myAlert with React: twenty greetings, each turning to
// Hello when clicked.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.AlertTest2.App) }
