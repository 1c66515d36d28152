package ajax

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/getting_started"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func helloTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for range 10 {
		gettingstarted.NewHello(jp.In(wp))
	}
	return wp
}

// HelloTest is JustPy's hello_test (tutorial: ajax): ten Hellos, with
// jp.justpy(hello_test, websockets=False): events travel by HTTP POST and
// the page changes in each one's answer.
var HelloTest = catalog.Example{Name: "hello_test", Doc: "Ten Hellos without websockets: events travel by HTTP POST", Source: "hello_test_.go", App: helloTestApp}

func helloTestApp(cfg jp.Config) *jp.App {
	cfg.Websockets = false // websockets=False
	return catalog.Page(helloTest)(cfg)
}
