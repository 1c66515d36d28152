// Command todo_app4 is JustPy's todo_app4 (tutorial: Blog: Reactivity),
// ported to JustGo: the whole todo app as one component, its handler a method
// of it.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/blog"
)

func main() { jp.Run(blog.TodoApp4.App) }
