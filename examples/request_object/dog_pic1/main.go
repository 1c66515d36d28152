// Command dog_pic1 is JustPy's dog_pic1 (tutorial: request_object), ported
// to JustGo.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/request_object"
)

func main() { jp.Run(requestobject.DogPic1.App) }
