// Command input_demo_model3 is JustPy's input_demo_model3 (tutorial: Model
// and Data), ported to JustGo: five inputs and three divs bound to one value:
// typing into any changes them all.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/model_and_data"
)

func main() { jp.Run(modelanddata.InputDemoModel3.App) }
