package htmlcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func htmlComps3(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Div(jp.Text("Text in italic"), jp.In(wp), jp.Classes("italic"))
	jp.Div(jp.Text("Text in bold"), jp.In(wp), jp.Classes("font-bold"))
	return wp
}

// HTMLComps3 is JustPy's html_comps3: italic and bold by Tailwind classes.
var HTMLComps3 = catalog.Example{Name: "html_comps3", Doc: "Italic and bold text by Tailwind classes instead of elements", Source: "html_comps3.go", App: catalog.Page(htmlComps3)}
