// Command javascript_test is JustPy's javascript_test (tutorial: Reference),
// ported to JustGo: a button that runs JavaScript in the browser, ten lines
// to its console.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.JavascriptTest.App) }
