package blog

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func todoApp2(r *jp.Request) *jp.WebPage {
	todos := []string{"Buy groceries", "Learn JustPy", "Do errands"}
	wp := jp.NewWebPage()
	wp.Tailwind = false
	ol := jp.Ol(jp.In(wp))
	for _, todo := range todos {
		jp.Li(jp.Text(todo), jp.In(ol))
	}
	task := jp.Input(jp.Placeholder("Enter task"), jp.In(wp))
	addTask := func(self *jp.Element, msg *jp.Msg) error {
		todos = append(todos, task.Value)
		task.Value = ""
		ol.DeleteComponents()
		for _, todo := range todos {
			jp.Li(jp.Text(todo), jp.In(ol))
		}
		return nil
	}
	jp.Button(jp.Text("Add Task"), jp.In(wp), jp.On("click", addTask), jp.Style("margin-left: 10px"))
	return wp
}

// TodoApp2 is JustPy's todo_app2 (blog: reactivity): a task typed and
// added; the handler builds the list again.
var TodoApp2 = catalog.Example{Name: "todo_app2", Doc: "Tasks added from an input; the handler builds the list again", Source: "todo_app2.go", App: catalog.Page(todoApp2)}
