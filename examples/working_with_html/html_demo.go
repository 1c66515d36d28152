package workingwithhtml

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func htmlDemo(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Div(jp.Text("This will not be shown"), jp.In(wp))
	html := `<p class="text-2xl m-2 m-1 text-red-500">Hello world!<p>` // wp.html
	jp.Div(jp.Text("This will not be shown"), jp.In(wp))
	// JustPy's wp.html is shown instead of the page's components, whenever
	// they were added. JustGo's page has no such field: the page function
	// puts the HTML in place of the components once it has made them.
	wp.DeleteComponents()
	jp.Div(jp.InnerHTML(html), jp.In(wp))
	return wp
}

// HTMLDemo is JustPy's html_demo: a page whose HTML, set at the page's
// level, replaces the components added before and after it.
var HTMLDemo = catalog.Example{Name: "html_demo", Doc: "A page of raw HTML, which replaces the components added before and after it", Source: "html_demo.go", App: catalog.Page(htmlDemo)}
