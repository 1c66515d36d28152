package htmlcomponents

import (
	"fmt"
	"io"
	"net/http"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// pythonLogo is the picture html_comps6 rotates. JustPy's links
// python.org's "Python powered" logo; the port draws a picture of its own
// (pythonPowered), served by the program, so that the page needs no other
// site. The path is relative, so that it works wherever the program is
// mounted.
const pythonLogo = "python-powered.svg"

// pythonPowered is a stand-in for the logo: a badge saying "Python
// powered".
const pythonPowered = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 140 182" width="140" height="182">` +
	`<rect x="4" y="4" width="132" height="174" rx="14" fill="#306998" stroke="#ffd43b" stroke-width="6"/>` +
	`<text x="70" y="80" font-family="sans-serif" font-size="26" font-weight="bold" fill="#ffd43b" text-anchor="middle">Python</text>` +
	`<text x="70" y="115" font-family="sans-serif" font-size="22" fill="#ffffff" text-anchor="middle">powered</text></svg>`

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
var HTMLComps6 = catalog.Example{Name: "html_comps6", Doc: "Rotated images that straighten under the mouse; a click keeps one straight and red", Source: "html_comps6.go", App: htmlComps6App}

func htmlComps6App(cfg jp.Config) *jp.App {
	app := catalog.Page(htmlComps6)(cfg)
	app.Handle("GET /"+pythonLogo, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/svg+xml")
		io.WriteString(w, pythonPowered)
	}))
	return app
}
