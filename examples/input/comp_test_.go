package input

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func changeColor(colorDiv *jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		colorDiv.SetClass("bg-" + self.Value + "-600")
		return nil
	}
}

func compTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	colors := []string{"red", "green", "blue", "pink", "yellow", "teal", "purple"}
	colorDiv := jp.Div(jp.Classes("bg-red-600 w-32 h-16 m-4"))
	sel := jp.Select(jp.Classes("w-32 text-xl m-4 p-2 bg-white  border rounded"), jp.In(wp), jp.Value("red"),
		jp.On("change", changeColor(colorDiv)))
	for _, color := range colors {
		sel.Add(jp.Option(jp.Value(color), jp.Text(color), jp.Classes("bg-"+color+"-600")))
	}
	wp.Add(colorDiv) // select.color_div
	return wp
}

// CompTest is JustPy's comp_test of the input chapter: a select of colours
// that colours the div below it.
var CompTest = catalog.Example{Name: "comp_test", Doc: "A select of colours; the div below takes the colour chosen", Source: "comp_test_.go", App: catalog.Page(compTest)}
