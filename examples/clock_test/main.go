// Command clock_test is JustPy's clock_test, ported to JustGo: one page
// shared by every browser, kept while the program runs (JustPy's
// delete_flag=False), with a clock that a goroutine updates every second.
// Open it in several tabs: they all tick; close any of them and the others
// go on.
package main

import (
	"time"

	jp "github.com/justgo/justgo"
)

var (
	wp       = jp.NewWebPage()
	clockDiv = jp.Span(jp.Text("Loading..."), jp.Classes("text-5xl m-1 p-1 bg-gray-300 font-mono"), jp.In(wp))
)

func clockCounter() {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		wp.Do(func() { clockDiv.Text = time.Now().Format("Mon, 02 Jan 2006, 15:04:05") })
		select {
		case <-wp.Context().Done(): // the app is closing
			return
		case <-tick.C:
		}
	}
}

func clockTest(r *jp.Request) *jp.WebPage {
	return wp
}

func main() {
	wp.Keep = true // delete_flag=False
	go clockCounter()
	jp.JustPy(clockTest)
}
