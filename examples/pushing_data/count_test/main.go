// Command count_test is JustPy's count_test (tutorial: pushing data),
// ported to JustGo: a button that starts a countdown, each number pushed to
// the browser with Update() while the handler runs. The query parameters
// num (where to start, 10) and animation (flip) change it:
// /?num=5&animation=bounce.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/pushing_data"
)

func main() { jp.Run(pushingdata.CountTest.App) }
