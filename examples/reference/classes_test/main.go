// Command classes_test is JustPy's classes_test (tutorial: Reference), ported
// to JustGo: tailwind classes set on an element after it is made.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.ClassesTest.App) }
