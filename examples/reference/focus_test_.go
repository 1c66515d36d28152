package reference

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// myBlur lets go of the focus the server gave, so that the next update
// does not take it back from where the person moved it.
func myBlur(self *jp.Element, msg *jp.Msg) {
	self.SetFocus(false)
}

func focusTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Input(jp.Classes(jp.Styles.InputClasses()), jp.Placeholder("Input 1"), jp.In(wp), jp.On("blur", myBlur))
	jp.Input(jp.Classes(jp.Styles.InputClasses()), jp.Placeholder("Input 2"), jp.In(wp), jp.On("blur", myBlur))
	in3 := jp.Input(jp.Classes(jp.Styles.InputClasses()), jp.Placeholder("Input 3"), jp.In(wp), jp.On("blur", myBlur))
	jp.Input(jp.Classes(jp.Styles.InputClasses()), jp.Placeholder("Input 4"), jp.In(wp), jp.On("blur", myBlur))

	// Set focus on third Input element
	in3.SetFocus(true)

	return wp
}

// FocusTest is JustPy's focus_test (reference: HTMLComponent set_focus):
// four inputs, the third with the focus as the page loads.
var FocusTest = catalog.Example{Name: "focus_test", Doc: "Four inputs, the third with the focus as the page loads", Source: "focus_test_.go", App: catalog.Page(focusTest)}
