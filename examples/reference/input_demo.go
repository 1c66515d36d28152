package reference

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func inputDemo(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	changeTitleAndURL := func(self *jp.Element, msg *jp.Msg) error {
		msg.Page.DisplayURL = self.Value
		msg.Page.Title = self.Value
		return nil
	}
	jp.Input(jp.In(wp), jp.Classes(inputClasses), jp.Placeholder("Type here to change title and url"), jp.On("input", changeTitleAndURL))
	return wp
}

// InputDemo is JustPy's input_demo (reference: WebPage display_url and
// title): what is typed becomes the page's title and address.
var InputDemo = catalog.Example{Name: "input_demo", Doc: "What is typed becomes the page's title and its address in the address bar", Source: "input_demo.go", App: catalog.Page(inputDemo)}
