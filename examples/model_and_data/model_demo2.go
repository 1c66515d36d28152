package modelanddata

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// MyDiv is a div that shows its model its own way.
type MyDiv struct{ *jp.Element }

// NewMyDiv makes a MyDiv; opts apply as to a div.
func NewMyDiv(opts ...jp.Opt) *MyDiv {
	d := &MyDiv{}
	d.Element = jp.Make(d, "div", opts...)
	return d
}

// ModelUpdate shows the model's value, or says that nothing was typed.
func (d *MyDiv) ModelUpdate() {
	// the model is [wp, "text"] for example
	if v := d.ModelText(); v != "" {
		d.Text = v
	} else {
		d.Text = "Nothing typed yet"
	}
}

func modelDemo2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Classes("relative h-screen bg-gray-600"), jp.In(wp))
	d.State = jp.State{"text": ""}
	for _, vPos := range []string{"top", "bottom"} {
		for _, hPos := range []string{"left", "right"} {
			cornerDiv := jp.Div(jp.Classes(cornerClasses+fmt.Sprintf("%s-0 %s-0", vPos, hPos)), jp.In(d))
			jp.Div(jp.Text(fmt.Sprintf("%s %s", vPos, hPos)), jp.In(cornerDiv))
			NewMyDiv(jp.Text("typing will go here"), jp.In(cornerDiv), jp.Model(d, "text"))
		}
	}
	jp.Input(jp.Text("middle"), jp.Classes("absolute text-xl border-2 border-red-600"),
		jp.Placeholder("Type here"), jp.Style("top: 50%; left: 40%"), jp.Model(d, "text"), jp.In(d))
	return wp
}

// ModelDemo2 is JustPy's model_demo2 (tutorial: the model and data
// attributes), ported to JustGo: model_demo1 with MyDiv, a div with its own
// ModelUpdate that says "Nothing typed yet" while the input is empty.
var ModelDemo2 = catalog.Example{Name: "model_demo2", Doc: "Model_demo1 with MyDiv, a div with its own ModelUpdate that says \"Nothing typed yet\" while the input is empty", Source: "model_demo2.go", App: catalog.Page(modelDemo2)}
