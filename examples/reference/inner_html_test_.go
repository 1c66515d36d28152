package reference

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func innerHTMLTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for i := 1; i < 11; i++ {
		jp.Div(jp.InnerHTML(fmt.Sprintf(`<span style="color: orange">%d) Hello!</span>`, i)), jp.In(wp), jp.Classes("m-2 p-2 text-3xl"))
	}
	return wp
}

// InnerHTMLTest is JustPy's inner_html_test (reference: inner_html): divs
// of HTML given as it is.
var InnerHTMLTest = catalog.Example{Name: "inner_html_test", Doc: "Ten divs of HTML given as it is, with InnerHTML", Source: "inner_html_test_.go", App: catalog.Page(innerHTMLTest)}
