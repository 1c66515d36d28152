package reference

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func childrenTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	divClasses := "m-2 p-2 bg-blue-500 text-white text-lg"
	spanClasses := "m-2 p-2 bg-blue-500 text-yellow-700 text-xl"
	jp.Div(jp.Children(jp.Div(jp.Classes(divClasses), jp.Children(
		jp.Span(jp.Text("s1"), jp.Classes(spanClasses)), jp.Span(jp.Text("s2"), jp.Classes(spanClasses)))),
		jp.Div(jp.Text("d2"), jp.Classes(divClasses)), jp.Div(jp.Text("d3"), jp.Classes(divClasses)), jp.Div(jp.Text("d4"), jp.Classes(divClasses))), jp.In(wp))
	return wp
}

// ChildrenTest is JustPy's children_test (reference: children=): a tree
// given as it is made, with jp.Children.
var ChildrenTest = catalog.Example{Name: "children_test", Doc: "A tree of elements given as it is made, with jp.Children", Source: "children_test_.go", App: catalog.Page(childrenTest)}
