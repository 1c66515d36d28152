package reference

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func testHead(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.HeadHTML = `<script>console.log("Hello there from head");</script>`
	wp.BodyHTML = `<script>console.log("Hello there from body");</script>`
	jp.Div(jp.Text("Testing..."), jp.In(wp))
	return wp
}

// TestHead is JustPy's test_head (reference: WebPage head_html and
// body_html): HTML of the author's at the end of the head and of the body.
var TestHead = catalog.Example{Name: "test_head", Doc: "HTML of the author's in the page's head and at the end of its body", Source: "test_head.go", App: catalog.Page(testHead)}
