// Command todo_app2 is JustPy's todo_app2 (tutorial: Blog: Reactivity),
// ported to JustGo: tasks added from an input; the handler builds the list
// again.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/blog"
)

func main() { jp.Run(blog.TodoApp2.App) }
