// Command table_test is JustPy's table_test (tutorial: Custom Components),
// ported to JustGo: autoTable, a table built from rows of values in React,
// every other row shaded.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.TableTest.App) }
