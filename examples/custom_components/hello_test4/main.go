// Command hello_test4 is JustPy's hello_test4 (tutorial: Custom Components),
// ported to JustGo: myHello, a Hello with other classes and text, by a type
// that embeds it.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/custom_components"
)

func main() { jp.Run(customcomponents.HelloTest4.App) }
