package requestobject

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// getImage1 shows another picture of the page's breed. JustPy keeps the
// breed on the page (msg.page.breed); here the closure holds it.
func getImage1(breed string) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		r, err := get(msg.Page.Context(), fmt.Sprintf("%s/breed/%s/images/random", dogAPI, breed))
		if err != nil {
			return err
		}
		self.SetAttr("src", r["message"].(string))
		return nil
	}
}

func dogPic2(request *jp.Request) (*jp.WebPage, error) {
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
	jp.Img(jp.Src(imgURL), jp.In(wp), jp.Classes("m-2 p-2 cursor-pointer"), jp.On("click", getImage1(breed)))
	return wp, nil
}

// DogPic2 is JustPy's dog_pic2: dog_pic1's picture, which a click
// replaces with another of the breed.
var DogPic2 = catalog.Example{Name: "dog_pic2", Doc: "A random picture of a dog of the breed ?breed= names; a click on it fetches another", Source: "dog_pic2.go", App: dogApp("", dogPic2)}
