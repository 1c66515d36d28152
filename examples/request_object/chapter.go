// Package requestobject is JustPy's tutorial chapter "The Request Object",
// ported to JustGo: a page function reads the request's query and path
// parameters, and fetches pictures of dogs from dog.ceo for them.
//
// Each program is a file named after it, with its Example; the folder of
// the same name holds its main (go run ./examples/request_object/NAME).
package requestobject

import (
	"embed"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
	"github.com/justgo/justgo/examples/internal/dogs"
)

//go:embed *.go
var sources embed.FS

// Chapter lists the chapter's programs in the tutorial's order.
var Chapter = catalog.Chapter{
	Name:    "request_object",
	Title:   "The Request Object",
	Sources: sources,
	Examples: []catalog.Example{
		DemoFunction,
		DogPic1,
		DogPic2,
		DogPic3,
	},
}

// dogAPI is dog.ceo's API, which the dog programs ask for a random
// picture of a breed. A variable, so that a test puts a server of its own
// in its place.
var dogAPI = dogs.API

// get is JustPy's jp.get: the JSON at a URL, decoded; with DOG_CEO=off,
// dogs.Offline, which draws the pictures.
var get = dogs.Ask

// dogApp is the App of a dog program: its page function at "/", and at
// route too when not "" (dog_pic3's /breed/{breed}).
func dogApp[F jp.PageFunc](route string, fn F) func(jp.Config) *jp.App {
	return func(cfg jp.Config) *jp.App {
		app := catalog.Page(fn)(cfg)
		if route != "" {
			jp.Route(app, route, fn)
		}
		return app
	}
}
