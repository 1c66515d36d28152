// Command route_hello4 is JustPy's route_hello4 (tutorial: Routes), ported to
// JustGo: a route with a parameter: /hello/{name} greets name.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/routes"
)

func main() { jp.Run(routes.RouteHello4.App) }
