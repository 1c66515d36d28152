// Command route_hello3 is JustPy's route_hello3 (tutorial: Routes), ported to
// JustGo: two routes, /hello and /bye, and nothing at any other path.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/routes"
)

func main() { jp.Run(routes.RouteHello3.App) }
