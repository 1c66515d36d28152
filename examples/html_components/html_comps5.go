package htmlcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func htmlComps5(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for range 10 {
		p := jp.P(jp.Text("אני אוהב לתכנת בפייתון"), jp.In(wp), jp.Attr("contenteditable", "true"), jp.Classes("text-white bg-blue-500 hover:bg-blue-700 ml-1 p-1 w-1/2"))
		p.SetAttr("dir", "rtl")
		p.SetAttr("lang", "he")
	}
	return wp
}

// HTMLComps5 is JustPy's html_comps5: global attributes (contenteditable,
// dir, lang), which JustGo sets with jp.Attr and SetAttr where JustPy sets
// them as keywords and fields.
var HTMLComps5 = catalog.Example{Name: "html_comps5", Doc: "Editable right-to-left Hebrew paragraphs: the contenteditable, dir and lang attributes", Source: "html_comps5.go", App: catalog.Page(htmlComps5)}
