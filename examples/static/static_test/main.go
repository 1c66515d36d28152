// Command static_test is JustPy's static_test (tutorial: Static Files),
// ported to JustGo: a picture served from the program's static folder.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/static"
)

func main() { jp.Run(static.StaticTest.App) }
