package reference

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func myClick(self *jp.Element, msg *jp.Msg) error {
	msg.Page.RunJavaScript(`
    for (var i = 0; i<10; i++) {
        console.log('Line: ' + i);
        }
    `)
	return nil
}

func javascriptTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.In(wp), jp.Classes("m-2"))
	jp.Button(jp.Text("Run Script"), jp.In(d), jp.Classes(jp.Styles.ButtonSimple()), jp.On("click", myClick))
	return wp
}

// JavascriptTest is JustPy's javascript_test (reference: WebPage
// run_javascript): a button that runs a script in the browser, which
// writes ten lines to its console.
var JavascriptTest = catalog.Example{Name: "javascript_test", Doc: "A button that runs JavaScript in the browser, ten lines to its console", Source: "javascript_test_.go", App: catalog.Page(javascriptTest)}
