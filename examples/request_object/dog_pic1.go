package requestobject

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func dogPic1(request *jp.Request) (*jp.WebPage, error) {
	wp := jp.NewWebPage()
	breed := request.QueryParams.Get("breed")
	if breed == "" {
		breed = "papillon"
	}
	r, err := get(request.Context(), fmt.Sprintf("%s/breed/%s/images/random", dogAPI, breed))
	if err != nil {
		return nil, err
	}
	imgURL, _ := r["message"].(string)
	jp.Img(jp.Src(imgURL), jp.In(wp), jp.Classes("m-2 p-2"))
	return wp, nil
}

// DogPic1 is JustPy's dog_pic1: a random picture of a dog from dog.ceo,
// of the breed the query names (?breed=pug), a papillon by default; a new
// one at each reload.
var DogPic1 = catalog.Example{Name: "dog_pic1", Doc: "A random picture of a papillon from dog.ceo, or of the breed ?breed= names", Source: "dog_pic1.go", App: dogApp("", dogPic1)}
