package htmlcomponents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func linkDemo2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	link := jp.A(jp.Text("Scroll to target"), jp.In(wp), jp.Classes("inline-block m-2 p-2 text-xl text-white bg-blue-500 hover:bg-blue-700"))
	for i := range 50 {
		jp.P(jp.Text(fmt.Sprintf("%d Not a target", i+1)), jp.Classes("m-1 p-1 text-white bg-blue-300"), jp.In(wp))
	}
	target := jp.A(jp.Text("This is the target - it is linked to first link, click to jump there"), jp.Classes("inline-block m-1 p-1 text-white bg-red-500"), jp.In(wp))
	bookmark(link, target)
	wp.CSS = "html { scroll-behavior: smooth; }" // link.scroll = True
	bookmark(target, link)
	for i := range 50 {
		jp.P(jp.Text(fmt.Sprintf("%d Not a target", i+50)), jp.Classes("m-1 p-1 text-white bg-blue-300"), jp.In(wp))
	}
	return wp
}

// bookmark makes the link a jump to target (JustPy's link.bookmark =
// target): an href to the target's HTML id, which it is given.
func bookmark(link, target *jp.Element) {
	if target.Attr("id") == "" {
		target.SetAttr("id", "bookmark-"+target.Ref())
	}
	link.SetAttr("href", "#"+target.Attr("id"))
}

// LinkDemo2 is JustPy's link_demo2: links to elements of the same page,
// scrolling smoothly.
var LinkDemo2 = catalog.Example{Name: "link_demo2", Doc: "Two links that scroll to each other down a long page", Source: "link_demo2.go", App: catalog.Page(linkDemo2)}
