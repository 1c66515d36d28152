// Command model_demo1 is JustPy's model_demo1 (tutorial: the model and data
// attributes), ported to JustGo: what is typed into the middle input shows
// in the four corners, all bound to one value of a div's data.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/model_and_data"
)

func main() { jp.Run(modelanddata.ModelDemo1.App) }
