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

// EventPropagates is JustPy's event_propagates (reference:
// event_propagation): a click on an inner div reaches the main div too,
// whose text replaces its children. JustPy's second page,
// /no_propagation, stops that with event_propagation=False, which JustGo
// has no option for yet; it is left out.
var EventPropagates = catalog.Example{Name: "event_propagates", Doc: "A click on an inner div also reaches the main div around it", Source: "event_propagates.go", App: catalog.Page(eventPropagates)}
