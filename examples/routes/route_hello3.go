package routes

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func helloFunction3(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Add(jp.P(jp.Text("Hello there!"), jp.Classes("text-5xl m-2")))
	return wp
}

func byeFunction2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Add(jp.P(jp.Text("Goodbye!"), jp.Classes("text-5xl m-2")))
	return wp
}

// RouteHello3 is JustPy's route_hello3: two routes set with the
// @jp.SetRoute decorator, which is jp.SetRoute before jp.JustPy in a Go
// main; an App of its own takes them with jp.Route.
var RouteHello3 = catalog.Example{Name: "route_hello3", Doc: "Two routes, /hello and /bye, and nothing at any other path", Source: "route_hello3.go", Path: "/bye", App: routeHello3}

func routeHello3(cfg jp.Config) *jp.App {
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/hello", helloFunction3)
	jp.Route(app, "/bye", byeFunction2)
	return app
}
