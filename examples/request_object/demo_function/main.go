// Command demo_function is JustPy's demo_function (tutorial: request_object), ported
// to JustGo.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/request_object"
)

func main() { jp.Run(requestobject.DemoFunction.App) }
