// Command eq_test is JustPy's eq_test (tutorial: Equations), ported to
// JustGo: equations typeset by KaTeX, with macros; a button adds to the
// first.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/equations"
)

func main() { jp.Run(equations.EqTest.App) }
