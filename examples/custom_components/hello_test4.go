package customcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/getting_started"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// MyHello is a Hello of other classes and text.
type MyHello struct{ *gettingstarted.Hello }

// NewMyHello makes a MyHello.
func NewMyHello(opts ...jp.Opt) *MyHello {
	h := &MyHello{gettingstarted.NewHello(opts...)}
	h.Classes = "m-1 p-1 text-6xl text-center text-red-500 bg-yellow-500 hover:bg-yellow-800 cursor-pointer"
	h.Text = "Much Better Hello! (click me)"
	return h
}

func helloTest4(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for range 5 {
		NewMyHello(jp.In(wp)).Counter = 100
	}
	return wp
}

// HelloTest4 is JustPy's hello_test4: MyHello, a Hello made differently by
// a type that embeds it (JustPy's subclass).
var HelloTest4 = catalog.Example{Name: "hello_test4", Doc: "MyHello, a Hello with other classes and text, by a type that embeds it", Source: "hello_test4.go", App: catalog.Page(helloTest4)}
