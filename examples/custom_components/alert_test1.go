package customcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// alertIconPath draws MyAlert's information icon.
const alertIconPath = "M2.93 17.07A10 10 0 1 1 17.07 2.93 10 10 0 0 1 2.93 17.07zm12.73-1.41A8 8 0 1 0 4.34 4.34a8 8 0 0 0 11.32 11.32zM9 11V9h2v6H9v-4zm0-6h2v2H9V5z"

// MyAlert is a Tailwind alert with a title and a body.
type MyAlert struct {
	*jp.Element
	TitleText, BodyText string
	titleP, bodyP       *jp.Element
}

// NewMyAlert makes an alert whose texts are title and body ("This is the
// title" and "This is the body" when empty).
func NewMyAlert(title, body string, opts ...jp.Opt) *MyAlert {
	d := newAlert(title, body)
	d.build(d, opts) // Important! see below
	return d
}

func newAlert(title, body string) *MyAlert {
	d := &MyAlert{TitleText: "This is the title", BodyText: "This is the body"}
	if title != "" {
		d.TitleText = title
	}
	if body != "" {
		d.BodyText = body
	}
	return d
}

// build makes the alert's elements; self is the component that embeds it
// (JustPy's super().__init__ with the subclass's self).
func (d *MyAlert) build(self jp.Component, opts []jp.Opt) {
	d.Element = jp.Make(self, "div", opts...)
	root := d
	c1 := jp.Div(jp.Classes("bg-teal-100 border-t-4 border-teal-500 rounded-b text-teal-900 px-4 py-3 shadow-md"),
		jp.Attr("role", "alert"), jp.In(root))
	c2 := jp.Div(jp.Classes("flex"), jp.In(c1))
	c3 := jp.Div(jp.Classes("py-1"), jp.In(c2))
	c4 := jp.Svg(jp.Classes("fill-current h-6 w-6 text-teal-500 mr-4"), jp.Attrs(map[string]string{"xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 20 20"}), jp.In(c3))
	jp.Path(jp.Attr("d", alertIconPath), jp.In(c4)) // c5
	c6 := jp.Div(jp.In(c2))
	d.titleP = jp.P(jp.Classes("font-bold text-lg"), jp.In(c6), jp.Text(d.TitleText))
	d.bodyP = jp.P(jp.Classes("text-sm"), jp.In(c6), jp.Text(d.BodyText))
}

func alertTest1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := NewMyAlert("hello", "How is everybody?", jp.In(wp), jp.Classes("m-2 w-1/4"))
	d.TitleText = "Shalom"
	return wp
}

// AlertTest1 is JustPy's alert_test1: MyAlert, a component made of
// elements; the title changed after it was made does not show, as its
// paragraph was written when it was made.
var AlertTest1 = catalog.Example{Name: "alert_test1", Doc: "MyAlert, a component of several elements; a title changed after it is made does not show", Source: "alert_test1.go", App: catalog.Page(alertTest1)}
