package handlingevents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func clickOut(self *jp.Element, msg *jp.Msg) error {
	self.Text = "click out"
	self.SetClasses("text-blue-500")
	return nil
}

func clickIn(self *jp.Element, msg *jp.Msg) error {
	self.Text = "click in"
	self.SetClasses("text-red-500")
	return nil
}

func outTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for i := range 4 {
		d := jp.Div(jp.Text(fmt.Sprintf("%d) Div", i)), jp.In(wp), jp.Classes("m-4 p-4 text-xl border w-32"))
		d.On("click__out", clickOut)
		d.On("click", clickIn)
	}
	return wp
}

// OutTest is JustPy's out_test (tutorial: handling events), ported
// to JustGo: four divs, each told of clicks inside it (click) and outside
// it (click__out).
var OutTest = catalog.Example{Name: "out_test", Doc: "Four divs, each told of clicks inside it (click) and outside it (click__out)", Source: "out_test_.go", App: catalog.Page(outTest)}
