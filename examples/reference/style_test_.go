package reference

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func styleTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for size := 1; size < 101; size++ {
		jp.Div(jp.Text(fmt.Sprintf(" %d", size)), jp.Style(fmt.Sprintf("font-size: %dpx; color: red", size)), jp.In(wp), jp.Classes("inline cursor-pointer"),
			jp.On("click", func(self *jp.Element, msg *jp.Msg) error {
				size *= 2 // self.size, each div's own
				self.Style = fmt.Sprintf("font-size: %dpx; color: green", size)
				return nil
			}))
	}
	return wp
}

// StyleTest is JustPy's style_test (reference: style): numbers in their
// own font size, each doubling and turning green when clicked.
var StyleTest = catalog.Example{Name: "style_test", Doc: "A hundred numbers in their own font size; a click doubles one and turns it green", Source: "style_test_.go", App: catalog.Page(styleTest)}
