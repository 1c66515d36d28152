// Command route_hello is JustPy's route_hello (tutorial: Routes), ported to
// JustGo: a page at /hello only; every other path is not found.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/routes"
)

func main() { jp.Run(routes.RouteHello.App) }
