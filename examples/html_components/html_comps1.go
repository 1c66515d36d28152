package htmlcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func htmlComps1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.I(jp.Text("Text in Italic"), jp.In(wp))
	jp.Br(jp.In(wp))
	jp.Strong(jp.Text("Text in the Strong element"), jp.In(wp))
	return wp
}

// HTMLComps1 is JustPy's html_comps1: elements made by their constructors.
var HTMLComps1 = catalog.Example{Name: "html_comps1", Doc: "An i, a br and a strong element, each made by its constructor", Source: "html_comps1.go", App: catalog.Page(htmlComps1)}
