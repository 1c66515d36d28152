package reference

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func classesTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Text("Classes Example"), jp.In(wp))
	// Assign Tailwind classes to d
	d.Classes = "text-5xl text-white bg-blue-500 hover:bg-blue-700 m-2 p-2 w-64"
	return wp
}

// ClassesTest is JustPy's classes_test (reference: classes): classes set
// on an element after it is made.
var ClassesTest = catalog.Example{Name: "classes_test", Doc: "Tailwind classes set on an element after it is made", Source: "classes_test_.go", App: catalog.Page(classesTest)}
