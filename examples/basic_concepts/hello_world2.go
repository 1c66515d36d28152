package basicconcepts

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func helloWorld2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for i := 1; i < 11; i++ {
		jp.P(jp.Text(fmt.Sprintf("%d) Hello World!", i)), jp.In(wp), jp.Style(fmt.Sprintf("font-size: %dpx", 10*i)))
	}
	return wp
}

// HelloWorld2 is JustPy's hello_world2: ten paragraphs, each styled larger.
var HelloWorld2 = catalog.Example{Name: "hello_world2", Doc: "Ten paragraphs made in a loop, each with a larger font-size style", Source: "hello_world2.go", App: catalog.Page(helloWorld2)}
