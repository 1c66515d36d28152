// Command browser_location_test is JustPy's browser_location_test (reference), ported to JustGo:
// once the page is ready it asks the browser for its position and shows it.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.BrowserLocationTest.App) }
