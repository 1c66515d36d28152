// Command hello_test2 is JustPy's hello_test2 (tutorial: Custom Components),
// ported to JustGo: five Hello components, each counting its own clicks.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.HelloTest2.App) }
