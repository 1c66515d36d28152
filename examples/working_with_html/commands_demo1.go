package workingwithhtml

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

const paragraphs = `
        <div>
        <p class="m-2 p-2 text-red-500 text-xl">Paragraph 1</p>
        <p class="m-2 p-2 text-blue-500 text-xl">Paragraph 2</p>
        <p class="m-2 p-2 text-green-500 text-xl">Paragraph 3</p>
        </div>
        `

func commandsDemo1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	c := jp.ParseHTML(paragraphs, jp.In(wp))
	for _, i := range c.Commands("jp.") {
		jp.Div(jp.Text(i), jp.Classes("font-mono ml-2"), jp.In(wp))
	}
	c = jp.ParseHTML(paragraphs, jp.In(wp))
	for _, i := range c.Commands("justgo.") { // JustPy's command_prefix
		jp.Div(jp.Text(i), jp.Classes("font-mono ml-2"), jp.In(wp))
	}
	return wp
}

// CommandsDemo1 is JustPy's commands_demo1: parsed HTML shown with the Go
// statements that would build it, one an element, with two prefixes.
var CommandsDemo1 = catalog.Example{Name: "commands_demo1", Doc: "Parsed HTML shown with the Go statements that would build it (parse_html's commands)", Source: "commands_demo1.go", App: catalog.Page(commandsDemo1)}
