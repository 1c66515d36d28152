// Command text_colors is JustPy's text_colors (tutorial: Tailwind), ported to
// JustGo: every Tailwind text colour class, each written in its colour.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/tailwind"
)

func main() { jp.Run(tailwind.TextColors.App) }
