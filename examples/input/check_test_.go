package input

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func checkTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.State = jp.State{"checked": true}
	label := jp.Label(jp.In(wp), jp.Classes("m-2 p-2 inline-block"))
	jp.Input(jp.Type("checkbox"), jp.Classes("m-2 p-2 form-checkbox"), jp.In(label), jp.Model(wp, "checked"))
	jp.Span(jp.Text("Click to get stuff"), jp.In(label))

	jp.Input(jp.Model(wp, "checked"), jp.In(wp), jp.Classes("border block m-2 p-2"))
	return wp
}

// CheckTest is JustPy's check_test (tutorial: input), ported to
// JustGo: a checkbox and a text input bound to one value of the page's
// data, so that they stay in step.
var CheckTest = catalog.Example{Name: "check_test", Doc: "A checkbox and a text input bound to one value of the page's data, so that they stay in step", Source: "check_test_.go", App: catalog.Page(checkTest)}
