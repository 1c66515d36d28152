package modelanddata

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func modelDemo1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Classes("relative h-screen bg-gray-600"), jp.In(wp))
	d.State = jp.State{"text": ""}
	for _, vPos := range []string{"top", "bottom"} {
		for _, hPos := range []string{"left", "right"} {
			cornerDiv := jp.Div(jp.Classes(cornerClasses+fmt.Sprintf("%s-0 %s-0", vPos, hPos)), jp.In(d))
			jp.Div(jp.Text(fmt.Sprintf("%s %s", vPos, hPos)), jp.In(cornerDiv))
			jp.Div(jp.Text("typing will go here"), jp.In(cornerDiv), jp.Model(d, "text"))
		}
	}
	jp.Input(jp.Text("middle"), jp.Classes("absolute text-xl border-2 border-red-600"),
		jp.Placeholder("Type here"), jp.Style("top: 50%; left: 40%"), jp.Model(d, "text"), jp.In(d))
	return wp
}

// ModelDemo1 is JustPy's model_demo1 (tutorial: the model and data
// attributes), ported to JustGo: what is typed into the middle input shows
// in the four corners, all bound to one value of a div's data.
var ModelDemo1 = catalog.Example{Name: "model_demo1", Doc: "What is typed into the middle input shows in the four corners, all bound to one value of a div's data", Source: "model_demo1.go", App: catalog.Page(modelDemo1)}
