// Command hello_world3 is JustPy's hello_world3 (tutorial: Basic Concepts),
// ported to JustGo: ten paragraphs designed with Tailwind classes, darker
// under the mouse.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/basic_concepts"
)

func main() { jp.Run(basicconcepts.HelloWorld3.App) }
