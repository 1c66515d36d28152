// Command close_test is JustPy's close_test (reference), ported to JustGo:
// ten divs; closing the tab prints "Page disconnected" on the server's terminal.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.CloseTest.App) }
