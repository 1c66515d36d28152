// Command transition_test is JustPy's transition_test (tutorial:
// transitions), ported to JustGo: ten divs that grow in as the page
// loads; a button shrinks them away and brings them back.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/transitions"
)

func main() { jp.Run(transitions.TransitionTest.App) }
