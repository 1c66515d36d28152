// Command dog_pic3 is JustPy's dog_pic3 (tutorial: request_object), ported
// to JustGo.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/request_object"
)

func main() { jp.Run(requestobject.DogPic3.App) }
