// Command run_javascript_demo is JustPy's run_javascript_demo (tutorial:
// page events), ported to JustGo: when the page is ready it runs JavaScript
// in the browser, and shows the value the browser sends back.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/page_events"
)

func main() { jp.Run(pageevents.RunJavascriptDemo.App) }
