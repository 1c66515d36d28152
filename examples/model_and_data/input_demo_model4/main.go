// Command input_demo_model4 is JustPy's input_demo_model4 (tutorial: Model
// and Data), ported to JustGo: input_demo_model3 with a Reset button that
// empties the data, and so every input and div.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/model_and_data"
)

func main() { jp.Run(modelanddata.InputDemoModel4.App) }
