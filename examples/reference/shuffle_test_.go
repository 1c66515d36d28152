package reference

import (
	"fmt"
	"math/rand/v2"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func shuffleTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	mainDiv := jp.Div(jp.Classes("flex flex-wrap m-2 p-2 "), jp.In(wp))
	for i := 1; i < 101; i++ {
		jp.Div(jp.Text(fmt.Sprintf("Div %d", i)), jp.In(mainDiv), jp.Classes("m-2 p-2 text-xl text-white bg-blue-500"))
	}
	// random.shuffle(main_div.components): Components is a copy in JustGo,
	// so the shuffled list is put back.
	components := mainDiv.Components()
	rand.Shuffle(len(components), func(i, j int) { components[i], components[j] = components[j], components[i] })
	mainDiv.DeleteComponents()
	mainDiv.Add(components...)
	return wp
}

// ShuffleTest is JustPy's shuffle_test (reference: components): a hundred
// divs in a random order.
var ShuffleTest = catalog.Example{Name: "shuffle_test", Doc: "A hundred divs, their order shuffled before the page is sent", Source: "shuffle_test_.go", App: catalog.Page(shuffleTest)}
