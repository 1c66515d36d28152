package routes

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func helloFunction1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Add(jp.P(jp.Text("Hello there!"), jp.Classes("text-5xl m-2")))
	return wp
}

// RouteHello is JustPy's route_hello: jp.Route('/hello', hello_function1)
// and jp.justpy() without a page function, so that every other path is
// "Page not found".
var RouteHello = catalog.Example{Name: "route_hello", Doc: "A page at /hello only; every other path is not found", Source: "route_hello.go", Path: "/hello", App: routeHello}

func routeHello(cfg jp.Config) *jp.App {
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/hello", helloFunction1)
	return app
}
