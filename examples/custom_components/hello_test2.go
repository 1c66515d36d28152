package customcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/getting_started"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func helloTest2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for range 5 {
		wp.Add(gettingstarted.NewHello()) // or gettingstarted.NewHello(jp.In(wp))
	}
	return wp
}

// HelloTest2 is JustPy's hello_test2: five Hello components, each counting
// its own clicks. (JustPy's Hello is the getting_started chapter's.)
var HelloTest2 = catalog.Example{Name: "hello_test2", Doc: "Five Hello components, each counting its own clicks", Source: "hello_test2.go", App: catalog.Page(helloTest2)}
