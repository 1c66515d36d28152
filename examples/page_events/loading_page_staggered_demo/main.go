// Command loading_page_staggered_demo is JustPy's loading_page_staggered_demo
// (tutorial: Page Events), ported to JustGo: hundreds of divs loaded at once,
// or in batches with an update after each; a slider sets how many.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/page_events"
)

func main() { jp.Run(pageevents.LoadingPageStaggeredDemo.App) }
