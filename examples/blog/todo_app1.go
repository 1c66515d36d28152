package blog

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

var todos = []string{"Go shopping", "Learn JustPy", "Do errands"}

func todoApp1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Tailwind = false
	ol := jp.Ol(jp.In(wp))
	for _, todo := range todos {
		jp.Li(jp.Text(todo), jp.In(ol))
	}
	return wp
}

// TodoApp1 is JustPy's todo_app1 (blog: reactivity, static HTML): a list
// of todos, made once.
var TodoApp1 = catalog.Example{Name: "todo_app1", Doc: "A list of todos, static HTML made by the server", Source: "todo_app1.go", App: catalog.Page(todoApp1)}
