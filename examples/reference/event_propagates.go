package reference

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// textTo is JustPy's click='self.text="…"'.
func textTo(text string) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		self.Text = text
		return nil
	}
}

func eventPropagates(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	mainDiv := jp.Div(jp.Classes("flex flex-wrap m-2 p-2 "), jp.In(wp), jp.On("click", textTo("main div clicked")))
	for i := 1; i < 10; i++ {
		jp.Div(jp.Text(fmt.Sprintf("Div %d", i)), jp.In(mainDiv), jp.Classes("m-2 p-2 text-xl text-white bg-blue-500"), jp.On("click", textTo("clicked")))
	}
	return wp
}

func eventDoesNotPropagate(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	mainDiv := jp.Div(jp.Classes("flex flex-wrap m-2 p-2 "), jp.In(wp), jp.On("click", textTo("main div clicked")))
	for i := 1; i < 10; i++ {
		jp.Div(jp.Text(fmt.Sprintf("Div %d", i)), jp.In(mainDiv), jp.Classes("m-2 p-2 text-xl text-white bg-blue-500"),
			jp.EventPropagation(false), jp.On("click", textTo("clicked")))
	}
	return wp
}

// EventPropagates is JustPy's event_propagates (reference:
// event_propagation): a click on an inner div reaches the main div too,
// whose text replaces its children; at /no_propagation the inner divs
// stop their clicks (event_propagation=False), and the main div keeps its
// children.
var EventPropagates = catalog.Example{Name: "event_propagates", Doc: "A click on an inner div also reaches the main div around it; not at /no_propagation", Source: "event_propagates.go", App: eventPropagatesApp}

func eventPropagatesApp(cfg jp.Config) *jp.App {
	app := catalog.Page(eventPropagates)(cfg)
	jp.Route(app, "/no_propagation", eventDoesNotPropagate)
	return app
}
