package routes

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func helloFunction2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Add(jp.P(jp.Text("Hello there!"), jp.Classes("text-5xl m-2")))
	return wp
}

func byeFunction1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Add(jp.P(jp.Text("Goodbye!"), jp.Classes("text-5xl m-2")))
	return wp
}

// RouteHello2 is JustPy's route_hello2: /hello says hello, and
// jp.justpy(bye_function1) says goodbye at every other path.
var RouteHello2 = catalog.Example{Name: "route_hello2", Doc: "Hello at /hello, and Goodbye at every other path", Source: "route_hello2.go", App: routeHello2}

func routeHello2(cfg jp.Config) *jp.App {
	app := catalog.Page(byeFunction1)(cfg)
	jp.Route(app, "/hello", helloFunction2)
	return app
}
