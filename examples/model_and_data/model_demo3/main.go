// Command model_demo3 is JustPy's model_demo3 (tutorial: Model and Data),
// ported to JustGo: model_demo2 with corners that repeat what is typed one to
// four times, or say Yada Yada.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/model_and_data"
)

func main() { jp.Run(modelanddata.ModelDemo3.App) }
