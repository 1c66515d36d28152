// Command drag_test is JustPy's drag_test (tutorial: drag_and_drop),
// ported to JustGo: a picture that can be dragged into any of thirty
// boxes, where it zooms in.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/drag_and_drop"
)

func main() { jp.Run(draganddrop.DragTest.App) }
