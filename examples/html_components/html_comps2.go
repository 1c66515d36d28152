package htmlcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func htmlComps2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Tag("i", jp.Text("Text in Italic"), jp.In(wp))
	jp.Tag("br", jp.In(wp))
	jp.Tag("br", jp.In(wp))
	jp.Tag("br", jp.In(wp))
	jp.Tag("br", jp.In(wp))
	jp.Tag("strong", jp.Text("Text in the Strong element"), jp.In(wp))
	return wp
}

// HTMLComps2 is JustPy's html_comps2: the same elements made by tag name,
// with jp.Tag (JustPy's jp.get_tag).
var HTMLComps2 = catalog.Example{Name: "html_comps2", Doc: "Elements made by their tag name with jp.Tag (JustPy's get_tag)", Source: "html_comps2.go", App: catalog.Page(htmlComps2)}
