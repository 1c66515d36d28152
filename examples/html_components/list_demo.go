package htmlcomponents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func listDemo(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	myList := jp.Ul(jp.In(wp), jp.Classes("m-2 p-2"))
	for i := 1; i < 11; i++ {
		jp.Li(jp.Text(fmt.Sprintf("List one item %d", i)), jp.In(myList))
	}
	myList = jp.Ul(jp.In(wp), jp.Classes("m-2 p-2 list-disc list-inside"))
	for i := 1; i < 11; i++ {
		jp.Li(jp.Text(fmt.Sprintf("List two item %d", i)), jp.In(myList), jp.Classes("hover:bg-gray-200"))
	}
	myList = jp.Ul(jp.In(wp), jp.Classes("m-2 p-2 list-decimal list-inside"))
	for i := 1; i < 11; i++ {
		jp.Li(jp.Text(fmt.Sprintf("List three item %d", i)), jp.In(myList))
	}
	return wp
}

// ListDemo is JustPy's list_demo: three lists, plain, with discs and
// numbered.
var ListDemo = catalog.Example{Name: "list_demo", Doc: "Three lists: plain, with discs, and numbered", Source: "list_demo.go", App: catalog.Page(listDemo)}
