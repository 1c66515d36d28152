package reference

import (
	"fmt"
	"io"
	"os"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// output is where close_test writes, as JustPy's prints: the terminal. A
// variable, so that a test reads it.
var output io.Writer = os.Stdout

// onDisconnect is JustPy's MyPage.on_disconnect: it runs when a browser
// tab stops showing the page (closed, reloaded, gone elsewhere). JustGo
// keeps and drops the page by itself, as JustPy's super().on_disconnect()
// does; the handler is only what to do besides.
func onDisconnect(wp *jp.WebPage, msg *jp.Msg) {
	// Do what you want to do on disconnect here
	fmt.Fprintln(output, "Page disconnected")
}

func closeTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage() // MyPage
	wp.On("disconnect", onDisconnect)
	for i := range 10 {
		jp.Div(jp.Text(fmt.Sprintf("Div %d", i)), jp.In(wp), jp.Classes("bg-blue-500 text-white m-2 p-2 w-32"))
	}
	return wp
}

// CloseTest is JustPy's close_test (reference: WebPage on_disconnect): a
// page that says "Page disconnected" on the terminal when a tab showing it
// closes.
var CloseTest = catalog.Example{Name: "close_test", Doc: "Ten divs; closing the tab prints \"Page disconnected\" on the server's terminal", Source: "close_test_.go", App: catalog.Page(closeTest)}
