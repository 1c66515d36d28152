package gettingstarted

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// Hello is JustPy's jp.Hello, a div that counts its clicks. JustGo's jp has
// no such component; here it is made as JustPy makes it, a custom component
// over a div.
type Hello struct {
	*jp.Element
	Counter int // the number the next click reports
}

// NewHello makes a Hello.
func NewHello(opts ...jp.Opt) *Hello {
	h := &Hello{Counter: 1}
	h.Element = jp.Make(h, "div", opts...)
	h.Classes = "m-1 p-1 text-2xl text-center text-white bg-blue-500 hover:bg-blue-800 cursor-pointer"
	h.Text = "Hello! (click me)"
	h.On("click", func(self *jp.Element, msg *jp.Msg) error {
		self.Text = fmt.Sprintf("Hello! I was clicked %d times", h.Counter)
		h.Counter++
		return nil
	})
	return h
}

func helloWorld(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	NewHello(jp.In(wp))
	return wp
}

// HelloWorld is JustPy's hello_world: a Hello that counts its clicks.
var HelloWorld = catalog.Example{Name: "hello_world", Doc: "A Hello component that reports how many times it was clicked", Source: "hello_world.go", App: catalog.Page(helloWorld)}
