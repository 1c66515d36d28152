package customcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/getting_started"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func helloTest3(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for range 5 {
		h := gettingstarted.NewHello(jp.In(wp))
		h.Counter = 100 // counter=100
	}
	return wp
}

// HelloTest3 is JustPy's hello_test3: Hello components that start counting
// at 100.
var HelloTest3 = catalog.Example{Name: "hello_test3", Doc: "Five Hello components that start counting at 100", Source: "hello_test3.go", App: catalog.Page(helloTest3)}
