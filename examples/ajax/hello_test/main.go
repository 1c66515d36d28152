// Command hello_test is JustPy's hello_test (tutorial: Ajax), ported to
// JustGo: ten Hellos without websockets: events travel by HTTP POST.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/ajax"
)

func main() { jp.Run(ajax.HelloTest.App) }
