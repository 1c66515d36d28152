package basicconcepts

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

const myParagraphDesign = "w-64 bg-blue-500 m-2 hover:bg-blue-700 text-white font-bold py-2 px-4 rounded"

func helloWorld3(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for i := 1; i < 11; i++ {
		jp.P(jp.Text(fmt.Sprintf("%d) Hello World!", i)), jp.In(wp), jp.Classes(myParagraphDesign))
	}
	return wp
}

// HelloWorld3 is JustPy's hello_world3: ten paragraphs designed with
// Tailwind classes.
var HelloWorld3 = catalog.Example{Name: "hello_world3", Doc: "Ten paragraphs designed with Tailwind classes, darker under the mouse", Source: "hello_world3.go", App: catalog.Page(helloWorld3)}
