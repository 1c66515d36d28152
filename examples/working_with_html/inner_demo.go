package workingwithhtml

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// myHTML is the three paragraphs the chapter's programs use.
const myHTML = `
    <div>
    <p class="m-2 p-2 text-red-500 text-xl">Paragraph 1</p>
    <p class="m-2 p-2 text-blue-500 text-xl">Paragraph 2</p>
    <p class="m-2 p-2 text-green-500 text-xl">Paragraph 3</p>
    </div>
    `

func innerDemo(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.In(wp), jp.Classes("m-4 p-4 text-3xl"))
	d.InnerHTML = "<pre>Hello there. \n How are you?</pre>"
	jp.Div(jp.In(wp), jp.InnerHTML(myHTML))
	for _, color := range []string{"red", "green", "blue", "pink", "yellow", "teal", "purple"} {
		jp.Div(jp.In(wp), jp.InnerHTML(fmt.Sprintf(`<p class="ml-2 text-%s-500 text-3xl">%s</p>`, color, color)))
	}
	return wp
}

// InnerDemo is JustPy's inner_demo: HTML put into elements as it is, with
// inner_html.
var InnerDemo = catalog.Example{Name: "inner_demo", Doc: "HTML written into elements as it is, with InnerHTML", Source: "inner_demo.go", App: catalog.Page(innerDemo)}
