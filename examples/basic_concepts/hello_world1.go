package basicconcepts

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func helloWorld1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.P(jp.Text("Hello World!"), jp.In(wp))
	return wp
}

// HelloWorld1 is JustPy's hello_world1: one paragraph, at every path.
var HelloWorld1 = catalog.Example{Name: "hello_world1", Doc: "One paragraph, served at every path", Source: "hello_world1.go", App: catalog.Page(helloWorld1)}
