package pageevents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

const jsCode = `
var a = 3;
var b = 5;
var c = a * b;
var d = {r: c, appName: navigator.appName, appVersion: navigator.appVersion};
(d)
`

// JavaScriptDemo is a demo of running JavaScript code.
type JavaScriptDemo struct {
	wp        *jp.WebPage
	resultDiv *jp.Element
}

// NewJavaScriptDemo builds the page.
func NewJavaScriptDemo() *JavaScriptDemo {
	demo := &JavaScriptDemo{wp: jp.NewWebPage()}
	demo.wp.On("page_ready", demo.pageReady)
	demo.wp.On("result_ready", demo.resultReady)
	demo.resultDiv = jp.Div(jp.Text("Result will go here"), jp.Classes("m-4 p-2 text-xl"), jp.In(demo.wp))
	jp.Pre(jp.Text(jsCode), jp.In(demo.wp), jp.Classes("m-2 p-2 border"))
	return demo
}

// pageReady runs when the page is ready in the browser.
func (demo *JavaScriptDemo) pageReady(wp *jp.WebPage, msg *jp.Msg) error {
	demo.wp.RunJavaScript(jsCode)
	return nil
}

// resultReady runs when the browser sends the result back.
func (demo *JavaScriptDemo) resultReady(wp *jp.WebPage, msg *jp.Msg) error {
	demo.resultDiv.Text = fmt.Sprintf("The result is: %s", msg.Result)
	return nil
}

func runJavascriptDemo(r *jp.Request) *jp.WebPage {
	javascriptDemo := NewJavaScriptDemo()
	return javascriptDemo.wp
}

// RunJavascriptDemo is JustPy's run_javascript_demo (tutorial:
// page events), ported to JustGo: when the page is ready it runs JavaScript
// in the browser, and shows the value the browser sends back.
var RunJavascriptDemo = catalog.Example{Name: "run_javascript_demo", Doc: "When the page is ready it runs JavaScript in the browser, and shows the value the browser sends back", Source: "run_javascript_demo.go", App: catalog.Page(runJavascriptDemo)}
