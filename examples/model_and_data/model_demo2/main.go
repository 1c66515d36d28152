// Command model_demo2 is JustPy's model_demo2 (tutorial: the model and data
// attributes), ported to JustGo: model_demo1 with MyDiv, a div with its own
// ModelUpdate that says "Nothing typed yet" while the input is empty.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/model_and_data"
)

func main() { jp.Run(modelanddata.ModelDemo2.App) }
