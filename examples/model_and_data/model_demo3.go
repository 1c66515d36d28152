package modelanddata

import (
	"fmt"
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// MyDiv3 is model_demo3's MyDiv (model_demo2 has a MyDiv of its own in this
// package): it repeats the model's value, or shows its initial text.
type MyDiv3 struct {
	*jp.Element
	repeat      int
	initialText string
}

// NewMyDiv3 makes a MyDiv3; opts apply as to a div.
func NewMyDiv3(repeat int, initialText string, opts ...jp.Opt) *MyDiv3 {
	d := &MyDiv3{repeat: repeat, initialText: initialText}
	d.Element = jp.Make(d, "div", opts...)
	return d
}

// ModelUpdate is JustPy's model_update.
func (d *MyDiv3) ModelUpdate() {
	// [wp, 'text-data'] for example
	if v := d.ModelText(); v != "" {
		d.Text = strings.Repeat(v+" ", d.repeat)
	} else {
		d.Text = d.initialText
	}
}

func modelDemo3(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Classes("relative h-screen bg-gray-600"), jp.In(wp))
	d.State = jp.State{"text": ""}
	repeat := 1
	for _, vPos := range []string{"top", "bottom"} {
		for _, hPos := range []string{"left", "right"} {
			cornerDiv := jp.Div(jp.Classes(cornerClasses+fmt.Sprintf("%s-0 %s-0", vPos, hPos)), jp.In(d))
			jp.Div(jp.Text(fmt.Sprintf("%s %s", vPos, hPos)), jp.In(cornerDiv))
			NewMyDiv3(repeat, "Yada Yada", jp.Text("typing will go here"), jp.In(cornerDiv), jp.Model(d, "text"))
			repeat++
		}
	}
	jp.Input(jp.Text("middle"), jp.Classes("absolute text-xl border-2 border-red-600"),
		jp.Placeholder("Type here"), jp.Style("top: 50%; left: 40%"), jp.Model(d, "text"), jp.In(d))
	return wp
}

// ModelDemo3 is JustPy's model_demo3: model_demo2's corners repeating what
// is typed once, twice, three and four times.
var ModelDemo3 = catalog.Example{Name: "model_demo3", Doc: "Model_demo2 with corners that repeat what is typed one to four times, or say Yada Yada", Source: "model_demo3.go", App: catalog.Page(modelDemo3)}
