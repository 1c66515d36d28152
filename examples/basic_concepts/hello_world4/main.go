// Command hello_world4 is JustPy's hello_world4 (tutorial: Basic Concepts),
// ported to JustGo: hello_world3's page made once, when the program starts,
// and served to every request.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/basic_concepts"
)

func main() { jp.Run(basicconcepts.HelloWorld4.App) }
