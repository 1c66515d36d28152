// Command route_hello2 is JustPy's route_hello2 (tutorial: Routes), ported to
// JustGo: hello at /hello, and Goodbye at every other path.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/routes"
)

func main() { jp.Run(routes.RouteHello2.App) }
