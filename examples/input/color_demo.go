package input

import (
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func colorDemo(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Text("Click box above to change color of this text"), jp.Classes("border m-2 p-2 text-2xl font-bold"))
	jp.Input(jp.Type("color"), jp.In(wp), jp.Classes("m-2 p-2"), jp.Style("width: 100px; height: 100px"),
		jp.On("input", colorChange(d), jp.Debounce(30*time.Millisecond)))
	wp.Add(d) // in1.d, after the input
	return wp
}

func colorChange(d *jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		d.Style = "color: " + self.Value
		d.Text = "The color of this text is: " + self.Value
		return nil
	}
}

// ColorDemo is JustPy's color_demo: a colour input whose choice colours the
// text below it.
var ColorDemo = catalog.Example{Name: "color_demo", Doc: "A colour input; the text below it takes the colour chosen and names it", Source: "color_demo.go", App: catalog.Page(colorDemo)}
