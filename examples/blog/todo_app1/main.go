// Command todo_app1 is JustPy's todo_app1 (tutorial: Blog: Reactivity),
// ported to JustGo: a list of todos, static HTML made by the server.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/blog"
)

func main() { jp.Run(blog.TodoApp1.App) }
