// Command input_demo_model1 is JustPy's input_demo_model1 (tutorial: Model
// and Data), ported to JustGo: an input and a div bound to one value of the
// page's data: what is typed shows, with no handler.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/model_and_data"
)

func main() { jp.Run(modelanddata.InputDemoModel1.App) }
