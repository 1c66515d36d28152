package htmlcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func linkDemo1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.A(jp.Text("Python Org"), jp.Href("https://python.org"), jp.In(wp), jp.Classes("m-2 p-2 text-xl text-white bg-blue-500 hover:bg-blue-700"))
	return wp
}

// LinkDemo1 is JustPy's link_demo1: a link to python.org.
var LinkDemo1 = catalog.Example{Name: "link_demo1", Doc: "A link, the A element with its href", Source: "link_demo1.go", App: catalog.Page(linkDemo1)}
