// Command dog_pic2 is JustPy's dog_pic2 (tutorial: request_object), ported
// to JustGo.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/request_object"
)

func main() { jp.Run(requestobject.DogPic2.App) }
