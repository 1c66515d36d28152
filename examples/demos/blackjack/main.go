// Command blackjack is JustPy's blackjack (tutorial: Demo Apps), ported to
// JustGo: a simplified blackjack against the dealer: Hit, Stand, Play Again,
// cards drawn as SVG.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/demos"
)

func main() { jp.Run(demos.Blackjack.App) }
