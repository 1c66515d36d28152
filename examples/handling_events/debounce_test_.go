package handlingevents

import (
	"fmt"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func mouseEvent(infoDiv *jp.Element) jp.Handler {
	counter := 0
	return func(self *jp.Element, msg *jp.Msg) error {
		counter++
		infoDiv.AddFirst(jp.Div(jp.Text(fmt.Sprintf("%d) %s", counter, msg.EventType))))
		return nil
	}
}

func debounceTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Style("height: 100vh"), jp.In(wp))
	infoDiv := jp.Div(jp.Text("Recent mouse events"), jp.Classes("m-4 text-lg"), jp.In(d))
	handler := mouseEvent(infoDiv) // one counter for the div, as JustPy's self.counter
	d.On("mousemove", handler, jp.Throttle(time.Second))
	d.On("click", handler, jp.Debounce(2*time.Second))
	return wp
}

// DebounceTest is JustPy's debounce_test (tutorial: handling
// events), ported to JustGo: mouse moves are throttled to one a second,
// and a burst of clicks is debounced to one, two seconds after the last.
var DebounceTest = catalog.Example{Name: "debounce_test", Doc: "Mouse moves are throttled to one a second, and a burst of clicks is debounced to one, two seconds after the last", Source: "debounce_test_.go", App: catalog.Page(debounceTest)}
