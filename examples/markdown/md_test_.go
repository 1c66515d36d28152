package markdown

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
	"github.com/justgo/justgo/markdown"
)

// mdPage is md_test's page: JustPy keeps md and list_item_num on the
// WebPage; a Go page keeps them in a struct of its own.
type mdPage struct {
	*jp.WebPage
	md          *markdown.Markdown
	listItemNum int
}

func addItemToList(wp *mdPage) func(self *jp.Element, msg *jp.Msg) {
	return func(self *jp.Element, msg *jp.Msg) {
		wp.listItemNum++
		wp.md.Markdown = fmt.Sprintf("%s\n* *Item* **%d**", wp.md.Markdown, wp.listItemNum)
	}
}

func mdTest(r *jp.Request) *jp.WebPage {
	wp := &mdPage{WebPage: jp.NewWebPage()}
	jp.Button(jp.Text("Add Item to List"), jp.Classes(jp.Styles.ButtonBordered()+" m-4 p-2"), jp.On("click", addItemToList(wp)), jp.In(wp.WebPage))
	wp.md = jp.Markdown("# My List", jp.In(wp.WebPage), jp.Classes("m-2"))
	wp.listItemNum = 0
	return wp.WebPage
}

// mdWriteTest is JustPy's md_write_test: its wp.write is a Markdown
// element added to the page.
func mdWriteTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Markdown("# Hello world!", jp.In(wp))
	return wp
}

// MdTest is JustPy's md_test: a button that adds an item to a Markdown list.
var MdTest = catalog.Example{Name: "md_test", Doc: "A button that adds an item to a Markdown list rendered on the server; /hello writes Markdown on a page", Source: "md_test_.go",
	App: func(cfg jp.Config) *jp.App {
		app := catalog.Page(mdTest)(cfg)
		jp.Route(app, "/hello", mdWriteTest)
		return app
	}}
