// Command hello_world1 is JustPy's hello_world1 (tutorial: Basic Concepts),
// ported to JustGo: one paragraph, served at every path.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/basic_concepts"
)

func main() { jp.Run(basicconcepts.HelloWorld1.App) }
