// Command comp_test is JustPy's comp_test (tutorial: Handling Events), ported
// to JustGo: handlers given as the elements are made (jp.On options);
// entering the first div adds a div.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/handling_events"
)

func main() { jp.Run(handlingevents.CompTest.App) }
