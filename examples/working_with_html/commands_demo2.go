package workingwithhtml

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func commandsDemo2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	root := jp.Div(jp.In(wp))
	c1 := jp.Div(jp.In(root))
	jp.P(jp.Classes("m-2 p-2 text-red-500 text-xl"), jp.In(c1), jp.Text("Paragraph 1"))
	jp.P(jp.Classes("m-2 p-2 text-blue-500 text-xl"), jp.In(c1), jp.Text("Paragraph 2"))
	jp.P(jp.Classes("m-2 p-2 text-green-500 text-xl"), jp.In(c1), jp.Text("Paragraph 3"))
	return wp
}

// CommandsDemo2 is JustPy's commands_demo2: the paragraphs of parse_demo1
// built by the commands that parse_html's commands list (in JustGo, go run
// ./cmd/html2go writes them).
var CommandsDemo2 = catalog.Example{Name: "commands_demo2", Doc: "Parse_demo1's paragraphs built by the Go commands that cmd/html2go writes for its HTML", Source: "commands_demo2.go", App: catalog.Page(commandsDemo2)}
