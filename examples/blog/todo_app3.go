package blog

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// TodoList is an ordered list of its todos, built again before each
// update.
type TodoList struct {
	*jp.Element
	todos []string
}

// NewTodoList makes a TodoList of todos.
func NewTodoList(todos []string, opts ...jp.Opt) *TodoList {
	l := &TodoList{todos: todos}
	l.Element = jp.Make(l, "ol", opts...)
	return l
}

// React is JustPy's react.
func (l *TodoList) React() {
	l.DeleteComponents()
	for _, todo := range l.todos {
		jp.Li(jp.Text(todo), jp.In(l))
	}
}

func todoApp3(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Tailwind = false
	todoList := NewTodoList([]string{"Buy groceries", "Learn JustPy", "Do errands"}, jp.In(wp))
	task := jp.Input(jp.Placeholder("Enter task"), jp.In(wp))
	addTask := func(self *jp.Element, msg *jp.Msg) error {
		todoList.todos = append(todoList.todos, task.Value)
		task.Value = ""
		return nil
	}
	jp.Button(jp.Text("Add Task"), jp.In(wp), jp.On("click", addTask), jp.Style("margin-left: 10px"))
	return wp
}

// TodoApp3 is JustPy's todo_app3 (blog: reactivity): TodoList, a component
// that shows its data in React; the handler only changes the data.
var TodoApp3 = catalog.Example{Name: "todo_app3", Doc: "TodoList, a component that builds itself from its data; the handler only adds to it", Source: "todo_app3.go", App: catalog.Page(todoApp3)}
