package routes

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func greetingFunction(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Add(jp.P(jp.Text("Hello there, "+request.PathValue("name")+"!"), jp.Classes("text-5xl m-2")))
	return wp
}

// RouteHello4 is JustPy's route_hello4: a route with a parameter,
// /hello/{name}, read with request.PathValue (JustPy's
// request.path_params).
var RouteHello4 = catalog.Example{Name: "route_hello4", Doc: "A route with a parameter: /hello/{name} greets name", Source: "route_hello4.go", Path: "/hello/Ada", App: routeHello4}

func routeHello4(cfg jp.Config) *jp.App {
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/hello/{name}", greetingFunction)
	return app
}
