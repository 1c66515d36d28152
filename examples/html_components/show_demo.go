package htmlcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

const showButtonClasses = "m-2 bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 rounded"

func showDemo(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	b := jp.Button(jp.Text("Click to toggle show"), jp.In(wp), jp.Classes(showButtonClasses))
	d := jp.Div(jp.Text("Toggled by show"), jp.Classes("m-2 p-2 text-2xl border w-48"), jp.In(wp))
	jp.Div(jp.Text("Will always show"), jp.Classes("m-2"), jp.In(wp))

	toggleShow := func(self *jp.Element, msg *jp.Msg) error {
		d.Show = !d.Show
		return nil
	}

	b.On("click", toggleShow)

	b = jp.Button(jp.Text("Click to toggle visibility"), jp.In(wp), jp.Classes(showButtonClasses))
	d2 := jp.Div(jp.Text("Toggled by visible"), jp.Classes("m-2 p-2 text-2xl border w-48"), jp.In(wp))
	visibilityState := "visible"
	jp.Div(jp.Text("Will always show"), jp.Classes("m-2"), jp.In(wp))

	toggleVisible := func(self *jp.Element, msg *jp.Msg) error {
		if visibilityState == "visible" {
			d2.SetClass("invisible")
			visibilityState = "invisible"
		} else {
			d2.SetClass("visible")
			visibilityState = "visible"
		}
		return nil
	}

	b.On("click", toggleVisible)
	return wp
}

// ShowDemo is JustPy's show_demo: show takes an element out of the page's
// flow, Tailwind's invisible hides it in its place.
var ShowDemo = catalog.Example{Name: "show_demo", Doc: "Show takes an element out of the layout, the invisible class hides it in place", Source: "show_demo.go", App: catalog.Page(showDemo)}
