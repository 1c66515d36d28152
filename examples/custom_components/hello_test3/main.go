// Command hello_test3 is JustPy's hello_test3 (tutorial: Custom Components),
// ported to JustGo: five Hello components that start counting at 100.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.HelloTest3.App) }
