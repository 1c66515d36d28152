package htmlcomponents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func htmlComps4(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for i := range 10 {
		d := jp.Div(jp.In(wp), jp.Classes("m-2"))
		for j := range 10 {
			jp.Span(jp.Text(fmt.Sprintf("Span #%d in Div #%d", j+1, i+1)), jp.In(d), jp.Classes("text-white bg-blue-700 hover:bg-blue-200 ml-1 p-1"))
		}
	}
	return wp
}

// HTMLComps4 is JustPy's html_comps4: ten divs of ten spans each.
var HTMLComps4 = catalog.Example{Name: "html_comps4", Doc: "Ten divs of ten spans each, elements inside elements", Source: "html_comps4.go", App: catalog.Page(htmlComps4)}
