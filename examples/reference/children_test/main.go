// Command children_test is JustPy's children_test (tutorial: Reference),
// ported to JustGo: a tree of elements given as it is made, with jp.Children.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.ChildrenTest.App) }
