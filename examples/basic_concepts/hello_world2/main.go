// Command hello_world2 is JustPy's hello_world2 (tutorial: Basic Concepts),
// ported to JustGo: ten paragraphs made in a loop, each with a larger
// font-size style.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/basic_concepts"
)

func main() { jp.Run(basicconcepts.HelloWorld2.App) }
