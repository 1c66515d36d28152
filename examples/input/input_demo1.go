package input

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func inputDemo1(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Input(jp.In(wp), jp.Classes(inputClasses), jp.Placeholder("Please type here"))
	return wp
}

// InputDemo1 is JustPy's input_demo1: a text input, styled.
var InputDemo1 = catalog.Example{Name: "input_demo1", Doc: "A text input with a placeholder, styled with Tailwind", Source: "input_demo1.go", App: catalog.Page(inputDemo1)}
