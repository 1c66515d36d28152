// Command todo_app3 is JustPy's todo_app3 (tutorial: Blog: Reactivity),
// ported to JustGo: todoList, a component that builds itself from its data;
// the handler only adds to it.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/blog"
)

func main() { jp.Run(blog.TodoApp3.App) }
