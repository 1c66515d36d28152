package htmlcomponents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// pythonLogo is the picture JustPy's html_comps6 rotates: python.org's
// "Python powered" logo. It is not JustGo's to serve, so the page links it
// as JustPy's does; offline the images are empty boxes that still turn.
const pythonLogo = "https://www.python.org/static/community_logos/python-powered-h-140x182.png"

func htmlComps6(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for degree := 0; degree < 361; degree += 10 {
		image := jp.Img(jp.Src(pythonLogo), jp.In(wp))
		image.Classes = "m-4 p-4 inline-block"
		image.Style = fmt.Sprintf("transform: rotate(%ddeg)", degree)
		image.SetAttr("height", "100")
		image.SetAttr("width", "100")
		image.SetAttr("alt", "Python powered")
		degree := degree // image.degree

		straighten1 := func(self *jp.Element, msg *jp.Msg) error {
			self.Style = "transform: rotate(0deg)"
			return nil
		}

		rotateBack1 := func(self *jp.Element, msg *jp.Msg) error {
			self.Style = fmt.Sprintf("transform: rotate(%ddeg)", degree)
			return nil
		}

		noRotate1 := func(self *jp.Element, msg *jp.Msg) error {
			degree = 0
			self.SetClass("bg-red-200")
			return nil
		}

		image.On("mouseenter", straighten1)
		image.On("mouseleave", rotateBack1)
		image.On("click", noRotate1)
	}
	return wp
}

// HTMLComps6 is JustPy's html_comps6: 37 rotated images that straighten
// under the mouse; a click keeps one straight.
var HTMLComps6 = catalog.Example{Name: "html_comps6", Doc: "Rotated images that straighten under the mouse; a click keeps one straight and red", Source: "html_comps6.go", App: catalog.Page(htmlComps6)}
