package pushingdata

import (
	"sync"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

var (
	clockPage = jp.NewWebPage()
	clockDiv  = jp.Span(jp.Text("Loading..."), jp.Classes("text-5xl m-1 p-1 bg-gray-300 font-mono"), jp.In(clockPage))
	clockOnce sync.Once
)

func clockCounter() {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		clockPage.Do(func() { clockDiv.Text = time.Now().Format("Mon, 02 Jan 2006, 15:04:05") })
		select {
		case <-clockPage.Context().Done(): // the app is closing
			return
		case <-tick.C:
		}
	}
}

func clockTest(r *jp.Request) *jp.WebPage {
	return clockPage
}

// ClockTest is JustPy's clock_test, ported to JustGo: one page
// shared by every browser, kept while the program runs (JustPy's
// delete_flag=False), with a clock that a goroutine updates every second.
// Open it in several tabs: they all tick; close any of them and the others
// go on.
var ClockTest = catalog.Example{Name: "clock_test", Doc: "One page shared by every browser, kept while the program runs (JustPy's delete_flag=False), with a clock that a goroutine updates every second", Source: "clock_test_.go", App: clockApp}

// clockApp starts the clock once, however many Apps show it (the program's,
// the demo browser's), and serves the page.
func clockApp(cfg jp.Config) *jp.App {
	clockOnce.Do(func() {
		clockPage.Keep = true // delete_flag=False
		go clockCounter()
	})
	return catalog.Page(clockTest)(cfg)
}
