// Command clock_test is JustPy's clock_test, ported to JustGo: one page
// shared by every browser, kept while the program runs (JustPy's
// delete_flag=False), with a clock that a goroutine updates every second.
// Open it in several tabs: they all tick; close any of them and the others
// go on.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/pushing_data"
)

func main() { jp.Run(pushingdata.ClockTest.App) }
