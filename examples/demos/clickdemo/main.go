// Command clickdemo is JustPy's clickdemo (tutorial: Demo Apps), ported to
// JustGo: a div that counts its clicks, the handler a method of the demo's
// state writing to msg.Target.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/demos"
)

func main() { jp.Run(demos.ClickDemoExample.App) }
