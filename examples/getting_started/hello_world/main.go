// Command hello_world is JustPy's hello_world (tutorial: Getting Started),
// ported to JustGo: a Hello component that reports how many times it was
// clicked.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/getting_started"
)

func main() { jp.Run(gettingstarted.HelloWorld.App) }
