package basicconcepts

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// helloPage is made once, as the program starts, and served to every
// request (JustPy's delete_flag=False).
var helloPage = func() *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Keep = true
	for i := 1; i < 11; i++ {
		jp.P(jp.Text(fmt.Sprintf("%d) Hello World!", i)), jp.In(wp), jp.Classes(myParagraphDesign))
	}
	return wp
}()

func helloWorld4(r *jp.Request) *jp.WebPage {
	return helloPage
}

// HelloWorld4 is JustPy's hello_world4: one page, made once, for every
// request.
var HelloWorld4 = catalog.Example{Name: "hello_world4", Doc: "Hello_world3's page made once, when the program starts, and served to every request", Source: "hello_world4.go", App: catalog.Page(helloWorld4)}
