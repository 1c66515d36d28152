// Command input_demo_model2 is JustPy's input_demo_model2 (tutorial: Model
// and Data), ported to JustGo: three divs bound to the value one input
// changes.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/model_and_data"
)

func main() { jp.Run(modelanddata.InputDemoModel2.App) }
