package workingwithhtml

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func parseDemo2(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	c := jp.ParseHTML(`
    <div>
    <p class="m-2 p-2 text-red-500 text-xl">Paragraph 1</p>
    <p class="m-2 p-2 text-blue-500 text-xl" name="p2">Paragraph 2</p>
    <p class="m-2 p-2 text-green-500 text-xl">Paragraph 3</p>
    </div>
    `, jp.In(wp))
	p2 := c.NameDict["p2"]
	myClick := func(self *jp.Element, msg *jp.Msg) error {
		self.Text = "I was clicked!"
		return nil
	}
	p2.On("click", myClick)
	return wp
}

// ParseDemo2 is JustPy's parse_demo2: an element of parsed HTML reached by
// its name through NameDict, and given a handler.
var ParseDemo2 = catalog.Example{Name: "parse_demo2", Doc: "An element of parsed HTML reached by its name in NameDict and given a click handler", Source: "parse_demo2.go", App: catalog.Page(parseDemo2)}
