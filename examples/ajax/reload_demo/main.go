// Command reload_demo is JustPy's reload_demo (tutorial: ajax), ported to
// JustGo: a counter a background task advances every second, on one page
// every visitor shares, whose browsers have no websocket and ask for what
// changed every 2.5 seconds.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/ajax"
)

func main() { jp.Run(ajax.ReloadDemo.App) }
