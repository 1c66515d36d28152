package blog

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// TodoApp is todo_app4's TodoList: the list, its input and its button in
// one component.
type TodoApp struct {
	*jp.Element
	todos []string
	ol    *jp.Element
	task  *jp.Element
}

// NewTodoApp makes a TodoApp of todos.
func NewTodoApp(todos []string, opts ...jp.Opt) *TodoApp {
	a := &TodoApp{todos: todos}
	a.Element = jp.Make(a, "div", opts...)
	a.ol = jp.Ol(jp.In(a))
	a.task = jp.Input(jp.Placeholder("Enter task"), jp.In(a))
	jp.Button(jp.Text("Add Task"), jp.In(a), jp.On("click", a.addTask), jp.Style("margin-left: 10px"))
	return a
}

func (a *TodoApp) addTask(self *jp.Element, msg *jp.Msg) error {
	a.todos = append(a.todos, a.task.Value)
	a.task.Value = ""
	return nil
}

// React is JustPy's react.
func (a *TodoApp) React() {
	a.ol.DeleteComponents()
	for _, todo := range a.todos {
		jp.Li(jp.Text(todo), jp.In(a.ol))
	}
}

func todoApp4(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Tailwind = false
	NewTodoApp([]string{"Buy groceries", "Learn JustPy", "Do errands"}, jp.In(wp))
	return wp
}

// TodoApp4 is JustPy's todo_app4 (blog: reactivity): the whole todo app as
// one component, its handler a method. (JustPy names this class TodoList
// too; in one Go package it is TodoApp.)
var TodoApp4 = catalog.Example{Name: "todo_app4", Doc: "The whole todo app as one component, its handler a method of it", Source: "todo_app4.go", App: catalog.Page(todoApp4)}
