package requestobject

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// getImage2 shows another picture of the page's breed, as getImage1.
func getImage2(breed string) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		r, err := get(msg.Page.Context(), fmt.Sprintf("%s/breed/%s/images/random", dogAPI, breed))
		if err != nil {
			return err
		}
		self.SetAttr("src", r["message"].(string))
		return nil
	}
}

func dogPic3(request *jp.Request) (*jp.WebPage, error) {
	wp := jp.NewWebPage()
	breed := request.PathValue("breed")
	if breed == "" {
		breed = "papillon"
	}
	r, err := get(request.Context(), fmt.Sprintf("%s/breed/%s/images/random", dogAPI, breed))
	if err != nil {
		return nil, err
	}
	imgURL, _ := r["message"].(string)
	jp.Img(jp.Src(imgURL), jp.In(wp), jp.Classes("m-2 p-2 cursor-pointer"), jp.On("click", getImage2(breed)))
	return wp, nil
}

// DogPic3 is JustPy's dog_pic3: dog_pic2 with the breed in the path,
// /breed/pug; "/" shows a papillon.
var DogPic3 = catalog.Example{Name: "dog_pic3", Doc: "dog_pic2 with the breed in the path: /breed/papillon", Source: "dog_pic3.go", Path: "/breed/papillon", App: dogApp("/breed/{breed}", dogPic3)}
