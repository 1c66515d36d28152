// Command animation_test is JustPy's animation_test (tutorial: Reference),
// ported to JustGo: the text typed, animated letter by letter, each fading in
// from a random side.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.AnimationTest.App) }
